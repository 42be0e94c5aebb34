package gazette.search;

import java.util.List;

/**
 * How much a word weighs in an article, for the search page's ranking: the term-frequency part of
 * BM25, with a word of the title or a tag counting as {@link #TITLE} words of the body and one of
 * the summary as {@link #SUMMARY} (BM25F's field weights: an article without a summary has its
 * first paragraph for one, so a word of a news story's lead counts three times, as the lead says what the story is about), damped for articles longer than the
 * archive's average. Each posting carries it as one of {@link #LEVELS} levels, so the index grows
 * by a bit or two a posting, not by a number; the page multiplies a level's {@link #WEIGHTS weight}
 * by the word's rarity (its idf, from the length of its postings) and adds up the words.
 */
final class Relevance {
    static final int LEVELS = 4;
    static final int TITLE = 5, SUMMARY = 2, BODY = 1;
    /** BM25's usual constants: how soon more of the same word stops adding, and how much length counts. */
    private static final double K1 = 1.2, B = 0.75;
    /** Where one level ends and the next begins, in BM25's term weight (0 to K1 + 1). */
    private static final double[] BOUNDS = {0.75, 1.2, 1.62};
    /** What the page counts for each level, in tenths: about the middle of the weights it stands for. */
    static final List<Integer> WEIGHTS = List.of(5, 10, 14, 19);

    private final int[] lengths;
    private final double average;
    /** BM25's length part of each article, made once, not once a posting: the same expression, so the same numbers. */
    private final double[] norms;

    /**
     * @param lengths each article's number of words (title, tags, summary and body), 0 for one not
     *                indexed, by its place in the archive (newest first)
     * @param older   how many of the oldest articles the average is taken over: those of the term
     *                shards ({@link RecentTerms#from}), so that a new story changes no level there; 0 for all
     */
    Relevance(int[] lengths, int older) {
        this.lengths = lengths;
        long sum = 0;
        int n = 0;
        for (int i = older == 0 ? 0 : lengths.length - older; i < lengths.length; i++) {
            if (lengths[i] > 0) {
                sum += lengths[i];
                n++;
            }
        }
        this.average = n == 0 ? 1 : (double) sum / n;
        this.norms = new double[lengths.length];
        for (int i = 0; i < lengths.length; i++) norms[i] = K1 * (1 - B + B * lengths[i] / average);
    }

    /** How many articles the archive has. */
    int docs() {
        return lengths.length;
    }

    /** The level of a word that occurs {@code count} times in the article, weighted by where (0: a filter term). */
    int level(int article, int count) {
        if (count <= 0) return 0;
        double weight = count * (K1 + 1) / (count + norms[article]);
        int level = 0;
        while (level < BOUNDS.length && weight >= BOUNDS[level]) level++;
        return level;
    }
}
