package gazette.read.tags;

import static org.assertj.core.api.Assertions.assertThat;

import gazette.read.text.TextArticle;
import gazette.read.text.TextArticleReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Derived tags on 50 made-up articles per language, each tag judged by hand once (GOOD, BAD or
 * BORDERLINE, with the reason, in {@code <lang>-judged.tsv}). A tag nobody has judged counts as
 * not good: a change to the rules that derives new tags must judge them to keep the figure.
 */
class TagPrecisionTest {
    private static final Path ROOT = Path.of("src/test/resources/tag-precision");

    @ParameterizedTest
    @ValueSource(strings = {"en", "ja"})
    void atLeast95PercentOfDerivedTagsAreRealNames(String language) throws Exception {
        Map<String, String> verdicts = new HashMap<>();
        for (String line : Files.readAllLines(ROOT.resolve(language + "-judged.tsv"), StandardCharsets.UTF_8)) {
            String[] f = line.split("\t", -1);
            verdicts.put(f[0] + "\t" + f[1], f[2]);
        }
        List<String> notGood = new ArrayList<>();
        int tags = 0;
        int articles = 0;
        try (Stream<Path> files = Files.list(ROOT.resolve(language))) {
            for (Path file : files.sorted().toList()) {
                articles++;
                TextArticle a = new TextArticleReader().read(file.toString(), Files.readAllBytes(file));
                for (String tag : TagDeriver.plain().derive(a.title(), a.texts(), a.source())) {
                    tags++;
                    String verdict = verdicts.getOrDefault(file.getFileName() + "\t" + tag, "NOT JUDGED");
                    if (!verdict.equals("GOOD")) notGood.add(file.getFileName() + " " + tag + " (" + verdict + ")");
                }
            }
        }
        assertThat(articles).isEqualTo(50);
        assertThat(tags).as("tags derived").isGreaterThan(100);
        double precision = (tags - notGood.size()) / (double) tags;
        assertThat(precision).as("precision over %d tags; not good: %s", tags, notGood).isGreaterThanOrEqualTo(0.95);
    }
}
