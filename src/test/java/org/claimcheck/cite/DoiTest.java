package org.claimcheck.cite;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class DoiTest {
    private static List<String> found(String s) {
        return Doi.find(s).stream().map(Doi.Printed::text).toList();
    }

    private static String problem(String s) {
        Doi.Printed d = Doi.find(s).get(0);
        return Doi.problem(d, s);
    }

    @Test
    void findsLabelledDoisWithoutTheirSentencePunctuation() {
        assertThat(found("Lett. 13 (1964) 321, doi:10.1103/PhysRevLett.13.321. Next")).containsExactly("10.1103/PhysRevLett.13.321");
        assertThat(found("JHEP 06 (2013) 081 (doi:10.1007/JHEP06(2013)081).")).containsExactly("10.1007/JHEP06(2013)081");
        assertThat(found("https://doi.org/10.1000/182, DOI 10.1016/S1040-6182(98)00067-6"))
                .containsExactly("10.1000/182", "10.1016/S1040-6182(98)00067-6");
    }

    @Test
    void readsADoiWrappedAtALineEndAsOne() {
        assertThat(found("5–16. doi:10.1016/\n   S1040-6182(98)00067-6. Next")).containsExactly("10.1016/S1040-6182(98)00067-6");
        assertThat(Doi.find("doi:10.1016/\nS1040").get(0).wellFormed()).isTrue();
    }

    /** Text extracted from PDFs spaces punctuation ("doi :10 .1007/..."); nobody types a space before a dot. */
    @Test
    void joinsSpacesBeforePunctuationAndSkipsAResolverAfterTheLabel() {
        assertThat(found("2003 . doi :10 .1007/978-3-662-05328-7 .URL")).containsExactly("10.1007/978-3-662-05328-7");
        assertThat(found("137-172. DOI:http://dx.doi.org/10.1076/csed.13.2.137.14200")).containsExactly("10.1076/csed.13.2.137.14200");
    }

    @Test
    void ignoresTheNameDoi() {
        assertThat(found("Tan, S. Doi: Inthanon and the northern hills. Doi 2 Lane.")).isEmpty();
    }

    @Test
    void explainsMalformedDois() {
        assertThat(problem("doi:10.1016.")).isEqualTo("no \"/\" and suffix after the prefix");
        assertThat(problem("doi:10,1000/182")).isEqualTo("a comma where \"10.\" needs a dot");
        assertThat(problem("doi:10.1000/ 182")).isEqualTo("a space inside");
        assertThat(problem("doi: 10. 1088/1748-0221/11/05/P05011")).isEqualTo("a space inside");
        assertThat(problem("doi:10.1000/. Retrieved")).isEqualTo("no suffix after the \"/\"");
        assertThat(problem("doi:10.100/182")).isEqualTo("its registrant \"100\" has 3 digits, not 4–9");
        assertThat(problem("doi: ")).isEqualTo("nothing follows the label");
        assertThat(problem("doi:10.1000/182")).isNull();
    }

    @Test
    void normalizesCase() {
        assertThat(Doi.find("doi:10.1000/ABC").get(0).normalized()).isEqualTo("10.1000/abc");
    }
}
