package gazette.index;

import static org.assertj.core.api.Assertions.assertThat;

import gazette.read.Article;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The related-articles rule of README "Related articles": rarity weighting, the nearest in time first on ties, no self, the window. */
class RelatedTest {
    static final ZoneId UTC = ZoneId.of("UTC");

    /** Article {@code n} is published {@code n} hours after 2024-01-01, so a higher n is newer. */
    static Article article(int n, String... tags) {
        return new Article("a" + n + ".md", Article.Format.MARKDOWN, "A" + n, Instant.parse("2024-01-01T00:00:00Z").plusSeconds(3600L * n),
                true, "a" + n, List.of(tags), List.of(), null, null, null, null, false, Map.of());
    }

    static List<String> relatedTitles(Archive a, String title) {
        int i = 0;
        while (!a.article(i).title().equals(title)) i++;
        List<String> out = new ArrayList<>();
        for (int r : Related.of(a).of(i)) out.add(a.article(r).title());
        return out;
    }

    /** Article {@code n} with the body whose fingerprint is {@code body}: the same story, published again when another has it too. */
    static Article withBody(int n, long body, String... tags) {
        return new Article("a" + n + ".md", Article.Format.MARKDOWN, "A" + n, Instant.parse("2024-01-01T00:00:00Z").plusSeconds(3600L * n),
                true, null, "a" + n, List.of(tags), List.of(), null, null, null, null, false, Map.of(), body);
    }

    @Test
    void theSameStoryPublishedTwiceIsNeverItsOwnRelativeNorTwiceInAList() {
        List<Article> all = new ArrayList<>();
        all.add(withBody(0, 11, "ferry", "harbour"));
        all.add(withBody(1, 77, "ferry", "harbour")); // the same story as A2
        all.add(withBody(2, 77, "ferry", "harbour"));
        all.add(withBody(3, 33, "ferry"));
        Archive a = Archive.of(all, UTC);
        assertThat(relatedTitles(a, "A0")).as("of the two copies, the nearer alone").containsExactly("A1", "A3");
        assertThat(relatedTitles(a, "A1")).as("not its own copy").containsExactly("A0", "A3");
        assertThat(relatedTitles(a, "A3")).containsExactly("A2", "A0");
    }

    @Test
    void aRareSharedTagOutweighsACommonOne() {
        List<Article> all = new ArrayList<>();
        all.add(article(0, "common", "rare"));
        all.add(article(1, "rare"));            // shares only the rare tag (on 2 articles)
        all.add(article(2, "common"));          // shares only the common tag (on 6 articles), and is newer
        for (int n = 3; n < 7; n++) all.add(article(n, "common"));
        Archive a = Archive.of(all, UTC);
        List<String> related = relatedTitles(a, "A0");
        assertThat(related.get(0)).isEqualTo("A1");
        // the others share the common tag equally: the nearest in time first
        assertThat(related.subList(1, 5)).containsExactly("A2", "A3", "A4", "A5");
    }

    @Test
    void moreSharedTagsScoreHigherAndNoArticleIsItsOwnRelative() {
        Archive a = Archive.of(List.of(
                article(0, "x", "y", "z"),
                article(1, "x"),
                article(2, "x", "y"),
                article(3, "x", "y", "z"),
                article(4, "unrelated")), UTC);
        assertThat(relatedTitles(a, "A0")).containsExactly("A3", "A2", "A1");
        assertThat(relatedTitles(a, "A4")).isEmpty();
        for (int i = 0; i < a.size(); i++) {
            for (int r : Related.of(a).of(i)) assertThat(r).isNotEqualTo(i);
        }
    }

    @Test
    void equalScoresGoNearestInTimeFirstThenNewerAndAtMostFiveAreKept() {
        List<Article> all = new ArrayList<>();
        for (int n = 0; n < 12; n++) all.add(article(n, "same"));
        Archive a = Archive.of(all, UTC);
        assertThat(relatedTitles(a, "A3")).containsExactly("A4", "A2", "A5", "A1", "A6");
        assertThat(Related.of(a).of(0)).hasSize(Related.MAX);
    }

    @Test
    void aTagsCandidatesAreOnlyTheNearestInTime() {
        // 30 articles on one tag; with a window of 3 the oldest sees only the 3 next to it in the tag's list
        List<Article> all = new ArrayList<>();
        for (int n = 0; n < 30; n++) all.add(article(n, "big"));
        Archive a = Archive.of(all, UTC);
        int oldest = a.size() - 1;
        int[] related = Related.of(a, 3).of(oldest);
        List<String> titles = new ArrayList<>();
        for (int r : related) titles.add(a.article(r).title());
        assertThat(titles).containsExactly("A1", "A2", "A3");
        // in the middle: 3 on each side, the nearest first
        int middle = 15;
        List<String> mid = new ArrayList<>();
        for (int r : Related.of(a, 3).of(middle)) mid.add(a.article(r).title());
        assertThat(a.article(middle).title()).isEqualTo("A14");
        assertThat(mid).containsExactly("A15", "A13", "A16", "A12", "A17");
    }

    @Test
    void aRareTagFarAwayInTimeIsStillFoundThroughItsOwnList() {
        // "rare" links the oldest and the newest article, with 200 articles of a big tag between them
        List<Article> all = new ArrayList<>();
        all.add(article(0, "big", "rare"));
        for (int n = 1; n < 200; n++) all.add(article(n, "big"));
        all.add(article(200, "big", "rare"));
        Archive a = Archive.of(all, UTC);
        assertThat(relatedTitles(a, "A0").get(0)).isEqualTo("A200");
        assertThat(relatedTitles(a, "A200").get(0)).isEqualTo("A0");
    }

    @Test
    void workStaysLinearWhenOneTagIsOnEveryArticle() {
        // 100,000 articles on one tag: without the window this would be 10^10 pairs
        List<Article> all = new ArrayList<>();
        for (int n = 0; n < 100_000; n++) all.add(article(n, "everywhere", "t" + n % 1000));
        Archive a = Archive.of(all, UTC);
        long t = System.nanoTime();
        Related r = Related.of(a);
        long ms = (System.nanoTime() - t) / 1_000_000;
        assertThat(r.of(0)).hasSize(5);
        // generous: on a 2-core machine this takes well under a second
        assertThat(ms).as("milliseconds for 100,000 articles").isLessThan(20_000);
    }

    @Test
    void theLastBuildsRankingIsReusedOnlyWhileTheArchiveKeepsItsShape() {
        List<Article> all = new ArrayList<>();
        for (int n = 0; n < 40; n++) all.add(article(n, "t" + n % 3, "u" + n % 5));
        Related first = Related.of(Archive.of(all, UTC));
        Related saved = Related.restore(first.key(), first.table().clone());
        assertThat(Related.of(Archive.of(all, UTC), saved)).isSameAs(saved);

        // one tag changed: ranked again, as a build without a saved ranking would
        all.set(7, article(7, "t0", "new"));
        Archive changed = Archive.of(all, UTC);
        Related again = Related.of(changed, saved);
        assertThat(again).isNotSameAs(saved);
        assertThat(again.table()).isEqualTo(Related.of(changed).table()).isNotEqualTo(saved.table());
        // one article more: positions moved
        all.set(7, article(7, "t1", "u2"));
        all.add(article(40, "t1"));
        assertThat(Related.of(Archive.of(all, UTC), saved)).isNotSameAs(saved);
    }

    @Test
    void anEditedBodyKeepsTheRankingUnlessItMakesOrEndsACopy() {
        List<Article> all = new ArrayList<>();
        for (int n = 0; n < 20; n++) all.add(withBody(n, 100 + n, "t" + n % 3));
        Related first = Related.of(Archive.of(all, UTC));
        Related saved = Related.restore(first.key(), first.table().clone());
        // a body edited: which articles are the same story did not change, nor did the ranking
        all.set(5, withBody(5, 999, "t2"));
        assertThat(Related.of(Archive.of(all, UTC), saved)).isSameAs(saved);
        // edited into a copy of A8: ranked again, and the copy is not A8's relative
        all.set(5, withBody(5, 108, "t2"));
        Archive copied = Archive.of(all, UTC);
        Related again = Related.of(copied, saved);
        assertThat(again).isNotSameAs(saved);
        assertThat(again.table()).isEqualTo(Related.of(copied).table());
        assertThat(relatedTitles(copied, "A8")).doesNotContain("A5");
    }

    /**
     * The rule, computed the slow way (every candidate of the window scored by a scan of both tag
     * lists, in the article's tag order), agrees with Related on a random archive, including an
     * article with more tags than the fast path's 64-bit mask holds.
     */
    @Test
    void agreesWithTheRuleComputedTheSlowWay() {
        java.util.SplittableRandom rnd = new java.util.SplittableRandom(5);
        List<Article> all = new ArrayList<>();
        for (int n = 0; n < 1500; n++) {
            int count = 1 + rnd.nextInt(5);
            List<String> tags = new ArrayList<>();
            for (int k = 0; k < count; k++) tags.add("t" + (int) Math.pow(rnd.nextInt(60) + 1, 1.5) % 90);
            all.add(article(n, tags.stream().distinct().toArray(String[]::new)));
        }
        List<String> many = new ArrayList<>();
        for (int k = 0; k < 70; k++) many.add("t" + k);
        all.add(article(1500, many.toArray(String[]::new)));
        Archive a = Archive.of(all, UTC);
        Related fast = Related.of(a, 20);
        for (int i = 0; i < a.size(); i++) assertThat(fast.of(i)).as("article %d", i).containsExactly(slowWay(a, i, 20));
    }

    static int[] slowWay(Archive a, int i, int window) {
        Map<TagPage, Double> weight = new java.util.HashMap<>();
        for (TagPage t : a.tags()) weight.put(t, Math.log(1 + (double) a.size() / t.count()));
        java.util.TreeSet<Integer> candidates = new java.util.TreeSet<>();
        for (TagPage t : a.tagsOf(i)) {
            int[] members = t.articles();
            int p = 0;
            while (members[p] != i) p++;
            for (int q = Math.max(0, p - window); q < Math.min(members.length, p + window + 1); q++) if (members[q] != i) candidates.add(members[q]);
        }
        List<double[]> scored = new ArrayList<>();
        for (int c : candidates) {
            double score = 0;
            for (TagPage x : a.tagsOf(i)) for (TagPage y : a.tagsOf(c)) if (x == y) score += weight.get(x);
            scored.add(new double[] {score, c});
        }
        // higher score, then nearer to i, then newer (lower position)
        scored.sort((p, q) -> p[0] != q[0] ? Double.compare(q[0], p[0])
                : Math.abs(p[1] - i) != Math.abs(q[1] - i) ? Double.compare(Math.abs(p[1] - i), Math.abs(q[1] - i)) : Double.compare(p[1], q[1]));
        return scored.stream().limit(Related.MAX).mapToInt(d -> (int) d[1]).toArray();
    }
}
