package gazette.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * The index's hot path ({@link SearchTerms#count} into an {@link ArticleTerms}) gives what the
 * general one ({@link SearchTerms#each}) does, the table's counts and lengths included.
 */
public class ArticleTermsTest {
    /** Pieces that meet every branch: ASCII words and stop words in any case, plurals, hyphens of three kinds,
     *  accents precomposed and combining, curly quotes, CJK, a letter outside the BMP, digits, long words. */
    private static final String[] PIECES = {"the", "The", "THEIR", "which", "whichs", "elections", "Policies", "series", "gases", "bus",
        "ies", "es", "s", "a", "I", "x1", "4th", "2004", "Café", "cafe\u0301", "naïve", "-", "\u2010", "\u2011", "—", "’", "'", "e", "mail",
        "東京都", "ビール", "한국", "𝐀𝐁", "Ωmega", "ς", "\u00b2", "H₂O", "supercalifragilisticexpialidocious", "ABCDEFGHIJKLMNOPQRSTUVWXYZ",
        "hes", "his", "its", "its's", " ", " ", " ", "\n", ".", ",", "(", ")", "é", "\u0301", "ﾃﾞ"};

    @Test
    void countsWhatEachGivesOnRandomText() throws java.io.IOException {
        Random random = new Random(2026);
        // kept from text to text, and started afresh past a few dozen terms
        ArticleTerms table = new ArticleTerms(40);
        for (SearchTerms.Stemmer stemmer : SearchTerms.Stemmer.values()) {
            SearchTerms terms = new SearchTerms(stemmer);
            for (int round = 0; round < 20_000; round++) {
                StringBuilder text = new StringBuilder();
                int pieces = random.nextInt(12);
                for (int k = 0; k < pieces; k++) {
                    text.append(PIECES[random.nextInt(PIECES.length)]);
                    if (random.nextInt(3) > 0) text.append(' ');
                }
                int weight = 1 + random.nextInt(5);
                Map<String, Integer> expected = new HashMap<>();
                int[] words = new int[1];
                terms.each(text.toString(), t -> {
                    expected.merge(t, weight, Integer::sum);
                    words[0]++;
                });
                table.clear();
                terms.count(text.toString(), table, weight);
                assertThat(counts(table)).as("%s: %s", stemmer, text).isEqualTo(expected);
                assertThat(table.words()).as("%s: %s", stemmer, text).isEqualTo(words[0]);
                for (int k = 0; k < table.size(); k++) {
                    assertThat(table.shardHash(k)).isEqualTo(TermHash.of(table.term(k)));
                    java.io.ByteArrayOutputStream utf = new java.io.ByteArrayOutputStream();
                    new java.io.DataOutputStream(utf).writeUTF(table.term(k));
                    assertThat(table.utf(k)).isEqualTo(utf.toByteArray());
                }
            }
        }
    }

    @Test
    void keepsCountingRightAsItGrowsWithEarlierArticlesTermsInIt() {
        // each article brings new words, so the table grows while it holds the earlier ones
        ArticleTerms table = new ArticleTerms();
        SearchTerms terms = new SearchTerms(SearchTerms.Stemmer.ENGLISH);
        for (int a = 0; a < 300; a++) {
            StringBuilder text = new StringBuilder("Common words again and again ");
            for (int k = 0; k < 20; k++) text.append("new").append(a).append('x').append(k).append(' ');
            text.append("new").append(a).append("x0 ").append(a % 2 == 0 ? "elections" : "");
            table.clear();
            terms.count(text.toString(), table, 3);
            Map<String, Integer> got = counts(table);
            assertThat(got).as("article %d", a).hasSize(a % 2 == 0 ? 24 : 23);
            assertThat(got.get("new" + a + "x0")).isEqualTo(6);
            assertThat(got.get("new" + a + "x19")).isEqualTo(3);
            assertThat(got.get("again")).isEqualTo(6);
            assertThat(got.get("word")).isEqualTo(3);
            assertThat(got.get("new" + (a + 1) + "x0")).isNull();
            if (a % 2 == 1) assertThat(got.get("election")).isNull();
            for (int k = 0; k < table.size(); k++) assertThat(table.shardHash(k)).isEqualTo(TermHash.of(table.term(k)));
        }
    }

    @Test
    void growsPastItsFirstSizeAndKeepsEveryCount() {
        ArticleTerms table = new ArticleTerms();
        SearchTerms terms = new SearchTerms(SearchTerms.Stemmer.ENGLISH);
        StringBuilder text = new StringBuilder();
        for (int k = 0; k < 5_000; k++) text.append("w").append(k).append(" w").append(k % 7).append(' ');
        terms.count(text.toString(), table, 2);
        table.addFilter("year:2004");
        Map<String, Integer> got = counts(table);
        assertThat(got).hasSize(5_001);
        assertThat(got.get("w3")).isEqualTo(2 * (1 + 714)); // itself, and as k % 7 for k = 3, 10 … 4994
        assertThat(got.get("w4999")).isEqualTo(2);
        assertThat(got.get("year:2004")).isZero();
        assertThat(table.words()).isEqualTo(10_000);
        // cleared, it holds the next article's terms alone
        table.clear();
        terms.count("w4999 Elections", table, 1);
        assertThat(counts(table)).isEqualTo(Map.of("w4999", 1, "election", 1));
    }

    private static Map<String, Integer> counts(ArticleTerms table) {
        Map<String, Integer> out = new HashMap<>();
        for (int k = 0; k < table.size(); k++) assertThat(out.put(table.term(k), table.count(k))).as("%s twice", table.term(k)).isNull();
        return out;
    }
}
