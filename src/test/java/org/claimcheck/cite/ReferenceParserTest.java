package org.claimcheck.cite;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The reference list of seed 004 (Mongolia–Russia relations), entry by entry, with every field checked. */
class ReferenceParserTest {
    private static String date(ParsedReference r) {
        return r.date() == null ? null : r.date().toString();
    }

    @Test
    void untitledWebReportWithFormatMarker() {
        ParsedReference r = ReferenceParser.parse("\"Pre-Presidential Election National Survey of Mongolian Public "
                + "Opinion\" (PDF). iri.org. July 23, 2018.");
        assertThat(r.authors()).isEmpty();
        assertThat(r.title()).isEqualTo("Pre-Presidential Election National Survey of Mongolian Public Opinion");
        assertThat(r.container()).isEqualTo("iri.org");
        assertThat(date(r)).isEqualTo("2018-07-23");
        assertThat(r.publisher()).isNull();
    }

    @Test
    void wikipediaJournalTemplateWithArchiveAndRetrieval() {
        ParsedReference r = ReferenceParser.parse("Blagov, Sergei (May 2005). \"Mongolia Drifts Away From Russia "
                + "Toward China\". China Brief. 5 (10). The Jamestown Foundation. Archived from the original on "
                + "March 22, 2007. Retrieved 2008-06-16.");
        assertThat(r.authors()).containsExactly("Blagov, Sergei");
        assertThat(date(r)).isEqualTo("2005-05");
        assertThat(r.title()).isEqualTo("Mongolia Drifts Away From Russia Toward China");
        assertThat(r.container()).isEqualTo("China Brief");
        assertThat(r.publisher()).isEqualTo("The Jamestown Foundation");
        assertThat(r.archived()).hasToString("2007-03-22");
        assertThat(r.retrieved()).hasToString("2008-06-16");
    }

    @Test
    void chapterInAnEditedBook() {
        ParsedReference r = ReferenceParser.parse("Balazs Szalontai, \"From the Demolition of Monasteries to the "
                + "Installation of Neon Lights: The Politics of Urban Construction in the Mongolian People's Republic\" "
                + "in Sites of Modernity: Asian Cities in the Transitory Moments of Trade, Colonialism, and Nationalism "
                + "(ed. Wasana Wongsurawat), pp. 165-66.");
        assertThat(r.authors()).containsExactly("Balazs Szalontai");
        assertThat(r.title()).isEqualTo("From the Demolition of Monasteries to the Installation of Neon Lights: The "
                + "Politics of Urban Construction in the Mongolian People's Republic");
        assertThat(r.container()).isEqualTo("Sites of Modernity: Asian Cities in the Transitory Moments of Trade, "
                + "Colonialism, and Nationalism");
        assertThat(r.pages()).isEqualTo("165-66");
        assertThat(r.date()).isNull();
    }

    @Test
    void bookWithPublisherAndYearInParentheses() {
        ParsedReference r = ReferenceParser.parse("Morris Rossabi, Modern Mongolia: From Khans to Commissars to "
                + "Capitalists (University of California Press, 2005), pp. 31-37.");
        assertThat(r.authors()).containsExactly("Morris Rossabi");
        assertThat(r.title()).isEqualTo("Modern Mongolia: From Khans to Commissars to Capitalists");
        assertThat(r.publisher()).isEqualTo("University of California Press");
        assertThat(date(r)).isEqualTo("2005");
        assertThat(r.pages()).isEqualTo("31-37");
        assertThat(r.container()).isNull();
    }

    @Test
    void chapterWithEditionPublisherAndYear() {
        ParsedReference r = ReferenceParser.parse("Alan J. K. Sanders, \"Russia: Relations With Mongolia\" in "
                + "Historical Dictionary of Mongolia (3d ed.: Scarecrow Press, 2010), pp. 616-23.");
        assertThat(r.authors()).containsExactly("Alan J. K. Sanders");
        assertThat(r.title()).isEqualTo("Russia: Relations With Mongolia");
        assertThat(r.container()).isEqualTo("Historical Dictionary of Mongolia");
        assertThat(r.publisher()).isEqualTo("Scarecrow Press");
        assertThat(date(r)).isEqualTo("2010");
        assertThat(r.pages()).isEqualTo("616-23");
    }

    @Test
    void organisationalAuthorAndIsbn() {
        ParsedReference r = ReferenceParser.parse("Montsame News Agency. Mongolia. 2006, Foreign Service Office of "
                + "Montsame News Agency, ISBN 99929-0-627-8, p. 55");
        assertThat(r.authors()).containsExactly("Montsame News Agency");
        assertThat(r.title()).isEqualTo("Mongolia");
        assertThat(date(r)).isEqualTo("2006");
        assertThat(r.publisher()).isEqualTo("Foreign Service Office of Montsame News Agency");
        // 10·9+9·9+8·9+7·2+6·9+5·0+4·6+3·2+2·7+1·8 = 363 = 33·11, so the check digit 8 is right.
        assertThat(r.isbn()).isEqualTo("9992906278");
        assertThat(r.invalidIsbn()).isNull();
        assertThat(r.pages()).isEqualTo("55");
    }

    @Test
    void aWrongCheckDigitIsKeptApartFromTheIsbn() {
        ParsedReference r = ReferenceParser.parse("Montsame News Agency. Mongolia. 2006, ISBN 99929-0-627-7, p. 55");
        assertThat(r.isbn()).isNull();
        assertThat(r.invalidIsbn()).isEqualTo("9992906277");
    }

    @Test
    void dayMonthYearAfterAuthorAndTitleWithInnerStop() {
        ParsedReference r = ReferenceParser.parse("Flacks, Marti (20 March 2023). \"The ICC Wants Putin. Now What?\".");
        assertThat(r.authors()).containsExactly("Flacks, Marti");
        assertThat(date(r)).isEqualTo("2023-03-20");
        assertThat(r.title()).isEqualTo("The ICC Wants Putin. Now What?");
        assertThat(r.container()).isNull();
    }

    @Test
    void newspaperWithoutAuthor() {
        ParsedReference r = ReferenceParser.parse("\"Soviet Helps Mongolia Shed Feudalism\". The New York Times. "
                + "14 December 1974.");
        assertThat(r.authors()).isEmpty();
        assertThat(r.title()).isEqualTo("Soviet Helps Mongolia Shed Feudalism");
        assertThat(r.container()).isEqualTo("The New York Times");
        assertThat(date(r)).isEqualTo("1974-12-14");
    }

    @Test
    void magazineWithMixedDateForms() {
        ParsedReference r = ReferenceParser.parse("Lucy Westcott (May 9, 2015). \"Russia flexes military might as "
                + "foreign leaders stay away from V-E parade\". Newsweek. Archived from the original on 10 May 2015. "
                + "Retrieved May 10, 2015.");
        assertThat(r.authors()).containsExactly("Lucy Westcott");
        assertThat(date(r)).isEqualTo("2015-05-09");
        assertThat(r.title()).isEqualTo("Russia flexes military might as foreign leaders stay away from V-E parade");
        assertThat(r.container()).isEqualTo("Newsweek");
        assertThat(r.archived()).hasToString("2015-05-10");
        assertThat(r.retrieved()).hasToString("2015-05-10");
    }

    @Test
    void isoDatesAndUrl() {
        ParsedReference r = ReferenceParser.parse("Adiya, Amar (2022-08-26). \"Mongolia Maintains Neutrality After 6 "
                + "Months of Ukraine War\". Mongolia Weekly. https://www.mongoliaweekly.org/post/x. Retrieved 2022-09-25.");
        assertThat(r.authors()).containsExactly("Adiya, Amar");
        assertThat(date(r)).isEqualTo("2022-08-26");
        assertThat(r.container()).isEqualTo("Mongolia Weekly");
        assertThat(r.url()).isEqualTo("https://www.mongoliaweekly.org/post/x");
        assertThat(r.retrieved()).hasToString("2022-09-25");
    }

    @Test
    void authorListsInTheCommonStyles() {
        assertThat(ReferenceParser.parse("Marras WS, Lavender SA, Yang G. Quantitative exposure measures. "
                + "J Electromyogr Kinesiol. 2010;20(5):813-22.").authors())
                .isEqualTo(List.of("Marras WS", "Lavender SA", "Yang G."));
        assertThat(ReferenceParser.parse("J. T. Hecht, Y. Wang, and S. P. Daiger. Non-syndromic cleft lip. "
                + "American Journal of Human Genetics, 52 1230-1233, 1993.").authors())
                .isEqualTo(List.of("J. T. Hecht", "Y. Wang", "S. P. Daiger"));
        assertThat(ReferenceParser.parse("Stravinsky, Igor, and Robert Craft, Memories and Commentaries "
                + "(Berkeley, CA: University of California Press, 1959).").authors())
                .isEqualTo(List.of("Stravinsky, Igor", "Robert Craft"));
        assertThat(ReferenceParser.parse("A. G. Riess et al., Astron. J. 116, 1009 (1998).").authors())
                .isEqualTo(List.of("A. G. Riess"));
    }

    @Test
    void abbreviatedJournalWithVolumeIsAContainerNotATitle() {
        ParsedReference r = ReferenceParser.parse("C. J. Hamer, Nucl. Phys. B 195, 503 (1982).");
        assertThat(r.title()).isNull();
        assertThat(r.container()).isEqualTo("Nucl. Phys");
        assertThat(date(r)).isEqualTo("1982");
    }

    @Test
    void spacingGarbledByPdfExtractionIsRepaired() {
        ParsedReference r = ReferenceParser.parse("Aganagic, M., Cheng, M. C. N. and Vafa, C.: Quantum Geometry of "
                + "Refined Topological Strings.JHEP 1211 ,019 ( 2012)[ arXiv:1105.0630[ hep-th]].");
        assertThat(r.authors()).containsExactly("Aganagic, M.", "Cheng, M. C. N.", "Vafa, C.");
        assertThat(r.title()).isEqualTo("Quantum Geometry of Refined Topological Strings");
        assertThat(date(r)).isEqualTo("2012");
    }

    @Test
    void singleQuotedTitleAndCapitalisedParticle() {
        ParsedReference r = ReferenceParser.parse("Mehellou, Y., De Clercq, E. (2010). 'Twenty-Six Years of "
                + "Anti-HIV Drug Discovery', J. Med. Chem. 53, 521–538.");
        assertThat(r.authors()).containsExactly("Mehellou, Y.", "De Clercq, E.");
        assertThat(r.title()).isEqualTo("Twenty-Six Years of Anti-HIV Drug Discovery");
        assertThat(r.pages()).isEqualTo("521–538");
    }

    /**
     * A run of capitals after the year once split into journal words in billions of ways: 30 capitals took 43 s,
     * 60 never ended (found by fuzzing). The bound is a hang guard, not a measure: it now takes milliseconds.
     */
    @org.junit.jupiter.api.Test
    void aRunOfCapitalsIsParsedInBoundedTime() {
        org.junit.jupiter.api.Assertions.assertTimeoutPreemptively(java.time.Duration.ofSeconds(20), () -> {
            ParsedReference r = ReferenceParser.parse("Smith, J. (2001). " + "A".repeat(60) + " x");
            assertThat(r.authors()).containsExactly("Smith, J.");
        });
    }
}
