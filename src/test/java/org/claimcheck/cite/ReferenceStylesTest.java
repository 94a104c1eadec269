package org.claimcheck.cite;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * Styles the labelled sets hold few or none of: collaborations as authors (high-energy physics), IOP's
 * unpunctuated Harvard style, chapters in edited books in each style's wording, and family names in capitals.
 * Each entry is checked field by field.
 */
class ReferenceStylesTest {
    private static String date(ParsedReference r) {
        return r.date() == null ? null : r.date().toString();
    }

    @Test
    void collaborationBeforeItsFirstAuthor() {
        ParsedReference r = ReferenceParser.parse("ATLAS Collaboration, G. Aad et al., Observation of a new particle in "
                + "the search for the Standard Model Higgs boson with the ATLAS detector at the LHC, Phys. Lett. B 716 "
                + "(2012) 1");
        assertThat(r.authors()).containsExactly("ATLAS Collaboration", "G. Aad");
        assertThat(r.title()).isEqualTo("Observation of a new particle in the search for the Standard Model Higgs "
                + "boson with the ATLAS detector at the LHC");
        assertThat(r.container()).isEqualTo("Phys. Lett. B");
        assertThat(date(r)).isEqualTo("2012");

        r = ReferenceParser.parse("CMS Collaboration, S. Chatrchyan et al., Observation of a new boson at a mass of "
                + "125 GeV with the CMS experiment at the LHC, Phys. Lett. B 716 (2012) 30");
        assertThat(r.authors()).containsExactly("CMS Collaboration", "S. Chatrchyan");
        assertThat(r.title()).isEqualTo("Observation of a new boson at a mass of 125 GeV with the CMS experiment at "
                + "the LHC");
        assertThat(r.container()).isEqualTo("Phys. Lett. B");
        assertThat(date(r)).isEqualTo("2012");
    }

    /** As the ATLAS–CMS Higgs mass paper (arXiv:1503.07589) lists them. */
    @Test
    void collaborationsAndGroupsAsTheOnlyAuthors() {
        ParsedReference r = ReferenceParser.parse("CMS Collaboration, “Observation of the diphoton decay of the 125 "
                + "GeV Higgs boson and measurement of its properties”, Eur. Phys. J. C 74 (2014) 3076, "
                + "doi:10.1140/epjc/s10052-014-3076-z, arXiv:1407.0558.");
        assertThat(r.authors()).containsExactly("CMS Collaboration");
        assertThat(r.title()).isEqualTo("Observation of the diphoton decay of the 125 GeV Higgs boson and "
                + "measurement of its properties");
        assertThat(r.container()).isEqualTo("Eur. Phys. J. C");
        assertThat(date(r)).isEqualTo("2014");

        r = ReferenceParser.parse("ATLAS and CMS Collaborations, “Procedure for the LHC Higgs boson search "
                + "combination in Summer 2011”, Technical Report ATL-PHYS-PUB 2011-11, CMS NOTE 2011/005, 2011.");
        assertThat(r.authors()).containsExactly("ATLAS and CMS Collaborations");
        assertThat(r.title()).isEqualTo("Procedure for the LHC Higgs boson search combination in Summer 2011");
        assertThat(date(r)).isEqualTo("2011");

        r = ReferenceParser.parse("The ALEPH, DELPHI, L3, OPAL, SLD Collaborations, the LEP Electroweak Working "
                + "Group, the SLD Electroweak and Heavy Flavour Groups, “Precision Electroweak Measurements on the Z "
                + "Resonance”, Phys. Rept. 427 (2006) 257, doi:10.1016/j.physrep.2005.12.006.");
        assertThat(r.authors()).containsExactly("The ALEPH, DELPHI, L3, OPAL, SLD Collaborations",
                "the LEP Electroweak Working Group", "the SLD Electroweak and Heavy Flavour Groups");
        assertThat(r.title()).isEqualTo("Precision Electroweak Measurements on the Z Resonance");
        assertThat(r.container()).isEqualTo("Phys. Rept");
        assertThat(date(r)).isEqualTo("2006");
    }

    @Test
    void studyGroupAtTheEndOfAVancouverList() {
        ParsedReference r = ReferenceParser.parse("Ginzburg E, Cohn SM, Hameed SM, Miami Deep Vein Thrombosis Study "
                + "Group: Randomized clinical trial of intermittent pneumatic compression and low molecular weight "
                + "heparin in trauma. Br J Surg 2003, 90:1338-44.");
        assertThat(r.authors()).containsExactly("Ginzburg E", "Cohn SM", "Hameed SM",
                "Miami Deep Vein Thrombosis Study Group");
        assertThat(r.title()).isEqualTo("Randomized clinical trial of intermittent pneumatic compression and low "
                + "molecular weight heparin in trauma");
        assertThat(r.container()).isEqualTo("Br J Surg");
        assertThat(date(r)).isEqualTo("2003");
    }

    @Test
    void unpunctuatedPhysicsStyle() {
        ParsedReference r = ReferenceParser.parse("Landau L D and Lifshitz E M 1958 Quantum Mechanics (Oxford: Pergamon)");
        assertThat(r.authors()).containsExactly("Landau L D", "Lifshitz E M");
        assertThat(date(r)).isEqualTo("1958");
        assertThat(r.title()).isEqualTo("Quantum Mechanics");
        assertThat(r.publisher()).isEqualTo("Pergamon");
        assertThat(r.container()).isNull();

        r = ReferenceParser.parse("Smith J 2001 Title of paper J. Phys. G 12 34");
        assertThat(r.authors()).containsExactly("Smith J");
        assertThat(date(r)).isEqualTo("2001");
        assertThat(r.title()).isEqualTo("Title of paper");
        assertThat(r.container()).isEqualTo("J. Phys. G");

        r = ReferenceParser.parse("Keller S C, Smith J and Brown A B 2003 Measuring the decay of things Phys. Rev. "
                + "Lett. 91 112301");
        assertThat(r.authors()).containsExactly("Keller S C", "Smith J", "Brown A B");
        assertThat(date(r)).isEqualTo("2003");
        assertThat(r.title()).isEqualTo("Measuring the decay of things");
        assertThat(r.container()).isEqualTo("Phys. Rev. Lett");
    }

    @Test
    void chapterInEditedBookInEachStylesWording() {
        assertChapter(ReferenceParser.parse("Smith, J. (2001). Chapter title. In: Brown, A. and Green, B. (Eds.), "
                + "Book Title. Wiley, London, pp. 1–10."), "Smith, J.", "Chapter title", "Book Title");
        assertChapter(ReferenceParser.parse("Smith, J. (2001). Chapter title. In A. Brown & B. Green (Eds.), Book "
                + "Title (pp. 1–10). New York: Wiley."), "Smith, J.", "Chapter title", "Book Title");
        assertChapter(ReferenceParser.parse("J. Smith, Chapter title, in Book Title, edited by A. Brown and B. Green "
                + "(Wiley, New York, 2001), pp. 1–10."), "J. Smith", "Chapter title", "Book Title");
        assertChapter(ReferenceParser.parse("Smith J. Chapter title. In: Brown A, Green B, eds. Book Title. London: "
                + "Wiley; 2001:1-10."), "Smith J.", "Chapter title", "Book Title");
        assertChapter(ReferenceParser.parse("Smith, John. 2001. \"Chapter Title.\" In Book Title, edited by Anne "
                + "Brown, 1–10. Chicago: University of Chicago Press."), "Smith, John", "Chapter Title", "Book Title");
        assertChapter(ReferenceParser.parse("Smith, J., 2001. Chapter title. In: A. Brown (ed.), Book Title. Wiley, "
                + "London, pp. 1-10."), "Smith, J.", "Chapter title", "Book Title");
    }

    private static void assertChapter(ParsedReference r, String author, String title, String book) {
        assertThat(r.authors()).containsExactly(author);
        assertThat(r.title()).isEqualTo(title);
        assertThat(r.container()).isEqualTo(book);
        assertThat(date(r)).isEqualTo("2001");
        assertThat(r.pages()).isIn("1–10", "1-10");
    }

    @Test
    void familyNamesInCapitals() {
        ParsedReference r = ReferenceParser.parse("SMITH, J. and JONES, K. (1999) Title of the paper. Journal of "
                + "Things 12, 34–56.");
        assertThat(r.authors()).containsExactly("SMITH, J.", "JONES, K.");
        assertThat(date(r)).isEqualTo("1999");
        assertThat(r.title()).isEqualTo("Title of the paper");
        assertThat(r.container()).isEqualTo("Journal of Things");

        r = ReferenceParser.parse("DUPONT J., MARTIN P. (2005) Une étude des choses. Revue des Choses 3, 1–9.");
        assertThat(r.authors()).containsExactly("DUPONT J.", "MARTIN P.");
        assertThat(date(r)).isEqualTo("2005");
        assertThat(r.title()).isEqualTo("Une étude des choses");
        assertThat(r.container()).isEqualTo("Revue des Choses");

        r = ReferenceParser.parse("LI, X., WU, Y. and SMITH, J. (2010) Short names in capitals. Journal 4, 5-6.");
        assertThat(r.authors()).containsExactly("LI, X.", "WU, Y.", "SMITH, J.");
        assertThat(r.title()).isEqualTo("Short names in capitals");
    }

    /** PDF text writes "ö" as "o" and a combining diaeresis (U+0308); the name must not end the list. */
    @Test
    void combiningMarksInNames() {
        ParsedReference r = ReferenceParser.parse("P. Johansson, U. Dahlstro\u0308m, and A. Brostro\u0308m, “The "
                + "measurement and prevalence of depression,” Progress in Cardiovascular Nursing, vol. 21, 2006.");
        assertThat(r.authors()).containsExactly("P. Johansson", "U. Dahlstro\u0308m", "A. Brostro\u0308m");
        assertThat(r.title()).isEqualTo("The measurement and prevalence of depression");
    }

    @Test
    void suffixAfterVancouverInitials() {
        ParsedReference r = ReferenceParser.parse("Geerts WH, Heit JA, Colwell CW, Anderson FA Jr, Wheeler HB: "
                + "Prevention of venous thromboembolism. Chest 2001, 119(1 Suppl):132S-75S.");
        assertThat(r.authors()).containsExactly("Geerts WH", "Heit JA", "Colwell CW", "Anderson FA Jr", "Wheeler HB");
        assertThat(r.title()).isEqualTo("Prevention of venous thromboembolism");
        assertThat(r.container()).isEqualTo("Chest");
    }

    /** Chicago and MLA repeat the authors of the entry above with a rule of dashes. */
    @Test
    void dashesRepeatTheAuthorsAbove() {
        ParsedReference r = ReferenceParser.parse("———. 1996. The Discovery of the Past: The Origins of Archaeology. "
                + "London: British Museum Press.");
        assertThat(r.authors()).containsExactly("———");
        assertThat(date(r)).isEqualTo("1996");
        assertThat(r.title()).isEqualTo("The Discovery of the Past: The Origins of Archaeology");
        assertThat(r.publisher()).isEqualTo("British Museum Press");

        r = ReferenceParser.parse("---. Man and His Symbols. New York: Dell Pub., 1968.");
        assertThat(r.authors()).containsExactly("---");
        assertThat(r.title()).isEqualTo("Man and His Symbols");
        assertThat(date(r)).isEqualTo("1968");
    }

    @Test
    void organisationBeforeACommaAndYear() {
        ParsedReference r = ReferenceParser.parse("UNHCR, 2015. “Women on the Run: First-hand accounts of refugees "
                + "fleeing El Salvador, Guatemala, Honduras, and Mexico.” Washington DC: UNHCR.");
        assertThat(r.authors()).containsExactly("UNHCR");
        assertThat(date(r)).isEqualTo("2015");
        assertThat(r.title()).isEqualTo("Women on the Run: First-hand accounts of refugees fleeing El Salvador, "
                + "Guatemala, Honduras, and Mexico");
    }

    @Test
    void directNamesWithUndottedInitials() {
        ParsedReference r = ReferenceParser.parse("Adi L Tarca, Vincent J Carey, Xue-wen Chen, Roberto Romero, and "
                + "Sorin Drăghici. Machine learning and its applications to biology. PLoS Comput Biol, 3(6):e116, 2007.");
        assertThat(r.authors()).containsExactly("Adi L Tarca", "Vincent J Carey", "Xue-wen Chen", "Roberto Romero",
                "Sorin Drăghici");
        assertThat(r.title()).isEqualTo("Machine learning and its applications to biology");
        assertThat(date(r)).isEqualTo("2007");

        r = ReferenceParser.parse("AM Trinkoff, JA Lipscomb, J Geiger-Brown and BA Brady: Perceived physical demands "
                + "in registered nurses. Am J Prev Med 24, 270–275 (2003)");
        assertThat(r.authors()).containsExactly("AM Trinkoff", "JA Lipscomb", "J Geiger-Brown", "BA Brady");
        assertThat(r.title()).isEqualTo("Perceived physical demands in registered nurses");
        assertThat(date(r)).isEqualTo("2003");
    }

    /** Without "and", a name after a comma may be a title ("Morris Rossabi, Modern Mongolia"); "et al." settles it. */
    @Test
    void etAlClosesAListWithoutAnd() {
        ParsedReference r = ReferenceParser.parse("Shuo Chen, Jun Xu, et al. Defeating Memory Corruption Attacks via "
                + "Pointer Taintedness Detection. In Proceedings of the Intl. Conference on Dependable Systems and "
                + "Networks, 2005.");
        assertThat(r.authors()).containsExactly("Shuo Chen", "Jun Xu");
        assertThat(r.title()).isEqualTo("Defeating Memory Corruption Attacks via Pointer Taintedness Detection");
        assertThat(date(r)).isEqualTo("2005");
    }

    @Test
    void acronymBeforeTheColonOfBmcStyle() {
        ParsedReference r = ReferenceParser.parse("WHO: Hospitals. 2010. [cited 2010 August 13]; Available from: "
                + "http://www.who.int/topics/hospitals/en/.");
        assertThat(r.authors()).containsExactly("WHO");
        assertThat(r.title()).isEqualTo("Hospitals");
        assertThat(date(r)).isEqualTo("2010");
    }

    @Test
    void apaDateWithMonthAndDayAfterTheYear() {
        ParsedReference r = ReferenceParser.parse("Devlin, H. (2010, January 28). Neuron breakthrough offers hope on "
                + "Alzheimer’s and Parkinson’s. The Times.");
        assertThat(r.authors()).containsExactly("Devlin, H.");
        assertThat(date(r)).isEqualTo("2010");
        assertThat(r.title()).isEqualTo("Neuron breakthrough offers hope on Alzheimer’s and Parkinson’s");
        assertThat(r.container()).isEqualTo("The Times");
    }

    @Test
    void quotesAroundTitlesAndAroundPhrasesInThem() {
        ParsedReference r = ReferenceParser.parse("R. R. Jueneman, S. M. Matyas, and C. H. Meyer, ``Message "
                + "Authentication,'' IEEE Communications 23(9), pp. 29-40 (September 1985).");
        assertThat(r.title()).isEqualTo("Message Authentication");
        assertThat(r.container()).isEqualTo("IEEE Communications");
        assertThat(date(r)).isEqualTo("1985-09");

        r = ReferenceParser.parse("D’Arcy, A. (2007). “Like” and language ideology: disentangling fact from fiction. "
                + "American Speech, 82 (4), 386-416.");
        assertThat(r.title()).isEqualTo("“Like” and language ideology: disentangling fact from fiction");
        assertThat(r.container()).isEqualTo("American Speech");
    }

    @Test
    void yearAfterATitleThatEndsTheEntry() {
        ParsedReference r = ReferenceParser.parse("Jacob Ziv and Abraham Lempel. Compression of individual sequences "
                + "via variable-rate coding, 1978.");
        assertThat(r.authors()).containsExactly("Jacob Ziv", "Abraham Lempel");
        assertThat(r.title()).isEqualTo("Compression of individual sequences via variable-rate coding");
        assertThat(date(r)).isEqualTo("1978");
    }

    /** Hostile input: a long run of capitalised words once overflowed the stack in the journal-lead pattern. */
    @Test
    void longRunsOfCapitalisedWordsAreRead() {
        ParsedReference r = ReferenceParser.parse("Abc ".repeat(3000) + "x");
        assertThat(r.authors()).isEmpty();
        assertThat(r.title()).startsWith("Abc Abc");
    }
}
