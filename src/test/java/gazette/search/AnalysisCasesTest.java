package gazette.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The query analyser against the shared table of cases (analysis-cases.tsv), which the search
 * page's script is tested against too (ReaderTest): English plurals, hyphens, accents, kana with
 * and without voicing marks, Chinese, Korean.
 */
public class AnalysisCasesTest {
    /** One line of the table. */
    public record Case(SearchTerms.Stemmer stemmer, String query, List<String> terms) {
        @Override
        public String toString() {
            return stemmer.id() + ": " + query;
        }
    }

    /** The table, with {@code \\uXXXX} in a query read as that character (for combining marks, which no editor shows). */
    public static List<Case> cases() throws IOException {
        List<Case> out = new ArrayList<>();
        try (InputStream in = AnalysisCasesTest.class.getResourceAsStream("/gazette/search/analysis-cases.tsv")) {
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                if (line.isBlank() || line.startsWith("#")) continue;
                String[] f = line.split("\t", -1);
                assertThat(f).as("three tab-separated fields: %s", line).hasSize(3);
                List<String> terms = f[2].isEmpty() ? List.of() : Arrays.asList(f[2].split(" "));
                out.add(new Case(SearchTerms.Stemmer.valueOf(f[0].toUpperCase(Locale.ROOT)), unescape(f[1]), terms));
            }
        }
        return out;
    }

    private static String unescape(String s) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < s.length(); i++) {
            if (s.startsWith("\\u", i)) {
                out.append((char) Integer.parseInt(s.substring(i + 2, i + 6), 16));
                i += 5;
            } else {
                out.append(s.charAt(i));
            }
        }
        return out.toString();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void theJavaAnalyserSplitsEachQueryAsTheTableSays(Case c) {
        assertThat(new SearchTerms(c.stemmer()).query(c.query())).containsExactlyElementsOf(c.terms());
    }
}
