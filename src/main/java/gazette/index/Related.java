package gazette.index;

import gazette.fingerprint.Hasher;
import java.util.Arrays;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

/**
 * Related articles: for each article, up to {@link #MAX} others that share its tags, the rarer
 * the shared tag the stronger the link. Rules (README, "Related articles"):
 * <ul>
 *   <li>a tag on {@code n} of the archive's {@code N} articles weighs {@code ln(1 + N / n)}: a tag on
 *       every article still counts a little, a tag on two counts most;</li>
 *   <li>an article's score is the sum of the weights of the tags it shares;</li>
 *   <li>equal scores: the nearer in time first (in the archive's order), then the newer;</li>
 *   <li>candidates come only from the {@link #WINDOW} articles on each side of the article in each of
 *       its tags' newest-first lists, so a tag on 100,000 articles adds at most 2 × WINDOW candidates,
 *       not 100,000: the work is O(articles × tags per article × WINDOW), linear in the archive.</li>
 * </ul>
 * Only positions are kept: {@link #MAX} ints per article.
 */
public final class Related {
    public static final int MAX = 5;
    public static final int WINDOW = 50;

    private static final int NONE = -1;
    private final long key;
    private final int[] related;

    private Related(long key, int[] related) {
        this.key = key;
        this.related = related;
    }

    public static Related of(Archive archive) {
        return of(archive, WINDOW);
    }

    /**
     * The related articles, taken from {@code last} (the previous build's) when the archive has
     * the same shape: the same number of articles with the same tags at the same positions.
     * Nothing else goes into the ranking, so a build that changed no tag and moved no article
     * (most edits, and every build that changed nothing) need not rank a million articles again.
     */
    public static Related of(Archive archive, Related last) {
        long key = key(archive, WINDOW);
        if (last != null && last.key == key && last.related.length == archive.size() * MAX) return last;
        return rank(archive, WINDOW, key);
    }

    /**
     * Identifies what the ranking depends on: positions, tag memberships, which articles are the
     * same story, the window. Not the bodies themselves: an edited body leaves the ranking as it was.
     */
    static long key(Archive archive, int window) {
        Hasher h = new Hasher().add(archive.size()).add(window).add(MAX).add(archive.tags().size());
        long[] story = stories(archive);
        for (int i = 0; i < archive.size(); i++) {
            int[] ids = archive.tagIds(i);
            h.add(story[i]);
            h.add(ids.length);
            for (int id : ids) h.add(id);
        }
        return h.get();
    }

    /** What the next build needs to reuse this ranking ({@link #restore}). */
    public long key() {
        return key;
    }

    public int[] table() {
        return related;
    }

    /** A ranking saved by an earlier build: {@link #of(Archive, Related)} uses it only if its key still fits. */
    public static Related restore(long key, int[] table) {
        return new Related(key, table);
    }

    static Related of(Archive archive, int window) {
        return rank(archive, window, key(archive, window));
    }

    private static Related rank(Archive archive, int window, long key) {
        int n = archive.size();
        List<TagPage> tags = archive.tags();
        Map<TagPage, Integer> index = new IdentityHashMap<>(tags.size() * 2);
        double[] weight = new double[tags.size()];
        for (int t = 0; t < tags.size(); t++) {
            index.put(tags.get(t), t);
            weight[t] = Math.log(1 + (double) n / tags.get(t).count());
        }
        // each article's tag ids and its place in each tag's list, flat (article i's are at
        // start[i]..start[i+1]): one pass in archive order, since every tag list is in archive order
        // too, so a cursor per tag finds the place in O(1)
        int[] start = new int[n + 1];
        for (int i = 0; i < n; i++) start[i + 1] = start[i] + archive.tagsOf(i).size();
        int[] tagId = new int[start[n]];
        int[] place = new int[start[n]];
        int[] cursor = new int[tags.size()];
        for (int i = 0; i < n; i++) {
            int k = start[i];
            for (TagPage t : archive.tagsOf(i)) {
                tagId[k] = index.get(t);
                place[k] = cursor[tagId[k]]++;
                k++;
            }
        }
        Memberships m = new Memberships(start, tagId, place);
        // the same story published twice is one story: never related to itself, never twice in a list
        long[] story = stories(archive);
        int[] out = new int[n * MAX];
        Arrays.fill(out, NONE);
        ThreadLocal<Scratch> scratch = ThreadLocal.withInitial(() -> new Scratch(n, tags.size()));
        IntStream.range(0, n).parallel().forEach(i -> scratch.get().rank(i, tags, m, weight, window, story, out));
        return new Related(key, out);
    }

    /** Each article's story: the same number for the same body published twice ({@link SameBodies}), never 0. */
    private static long[] stories(Archive archive) {
        int[] original = SameBodies.originals(archive);
        long[] story = new long[original.length];
        for (int i = 0; i < story.length; i++) story[i] = (original[i] < 0 ? i : original[i]) + 1L;
        return story;
    }

    /** Positions of up to {@link #MAX} articles related to article {@code i}, best first. */
    public int[] of(int i) {
        int k = 0;
        while (k < MAX && related[i * MAX + k] != NONE) k++;
        return Arrays.copyOfRange(related, i * MAX, i * MAX + k);
    }

    /** Which tags each article has, and where it stands in each tag's list. */
    private record Memberships(int[] start, int[] tagId, int[] place) {
        /** The weights of the tags articles {@code a} and {@code b} share, summed in a's order. */
        double shared(int a, int b, double[] weight) {
            double score = 0;
            for (int x = start[a]; x < start[a + 1]; x++) {
                for (int y = start[b]; y < start[b + 1]; y++) {
                    if (tagId[x] == tagId[y]) score += weight[tagId[x]];
                }
            }
            return score;
        }
    }

    /**
     * Per-thread working memory: a "seen by article i" stamp per article, the best five so far, and
     * for each tag its place among article i's tags (or NONE).
     */
    private static final class Scratch {
        private final int[] seenBy;
        private final int[] slot;
        private final int[] best = new int[MAX];
        private final double[] bestScore = new double[MAX];

        Scratch(int n, int tags) {
            seenBy = new int[n];
            Arrays.fill(seenBy, NONE);
            slot = new int[tags];
            Arrays.fill(slot, NONE);
        }

        /**
         * The weights of the tags {@code c} shares with {@code i}, summed in i's order, as
         * {@link Memberships#shared} does, but with one look-up per tag of c instead of a scan
         * of i's tags: the mask of shared places, added up lowest place first, gives the same sum.
         */
        private double shared(int i, int c, Memberships m, double[] weight) {
            long mask = 0;
            for (int y = m.start[c]; y < m.start[c + 1]; y++) {
                int s = slot[m.tagId[y]];
                if (s != NONE) mask |= 1L << s;
            }
            double score = 0;
            for (; mask != 0; mask &= mask - 1) score += weight[m.tagId[m.start[i] + Long.numberOfTrailingZeros(mask)]];
            return score;
        }

        void rank(int i, List<TagPage> tags, Memberships m, double[] weight, int window, long[] story, int[] out) {
            // an article's tags are distinct (Archive merges spellings); more than 64 need the plain sum
            boolean masks = m.start[i + 1] - m.start[i] <= 64;
            if (masks) for (int k = m.start[i]; k < m.start[i + 1]; k++) slot[m.tagId[k]] = k - m.start[i];
            int found = 0;
            for (int k = m.start[i]; k < m.start[i + 1]; k++) {
                int[] members = tags.get(m.tagId[k]).articles();
                int p = m.place[k];
                int from = Math.max(0, p - window);
                int to = Math.min(members.length, p + window + 1);
                for (int q = from; q < to; q++) {
                    int c = members[q];
                    if (c == i || seenBy[c] == i) continue;
                    seenBy[c] = i;
                    if (story[c] == story[i]) continue;
                    found = offer(i, c, masks ? shared(i, c, m, weight) : m.shared(i, c, weight), found, story);
                }
            }
            if (masks) for (int k = m.start[i]; k < m.start[i + 1]; k++) slot[m.tagId[k]] = NONE;
            System.arraycopy(best, 0, out, i * MAX, found);
        }

        /** Keeps the best five for article {@code i} ({@link #better}); of two of one story, the better. */
        private int offer(int i, int c, double score, int found, long[] story) {
            for (int k = 0; k < found; k++) {
                if (story[best[k]] != story[c]) continue;
                if (!better(i, score, c, bestScore[k], best[k])) return found;
                System.arraycopy(best, k + 1, best, k, found - k - 1);
                System.arraycopy(bestScore, k + 1, bestScore, k, found - k - 1);
                found--;
                break;
            }
            int at = found;
            while (at > 0 && better(i, score, c, bestScore[at - 1], best[at - 1])) at--;
            if (at >= MAX) return found;
            int last = Math.min(found, MAX - 1);
            for (int k = last; k > at; k--) {
                best[k] = best[k - 1];
                bestScore[k] = bestScore[k - 1];
            }
            best[at] = c;
            bestScore[at] = score;
            return Math.min(found + 1, MAX);
        }

        /**
         * Higher score first; of equal scores the nearer to article {@code i} in the archive's order
         * (in time), then the newer (lower position). Nearness, not newness: the coverage around a
         * story is what a reader wants beside it, and a new story then enters the lists of the few
         * stories just before it, not of every one with its tags (so it rewrites a handful of pages).
         */
        private static boolean better(int i, double s, int c, double s2, int c2) {
            if (s != s2) return s > s2;
            int d = Math.abs(c - i), d2 = Math.abs(c2 - i);
            return d < d2 || d == d2 && c < c2;
        }
    }
}
