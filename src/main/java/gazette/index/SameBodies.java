package gazette.index;

import gazette.read.Article;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Articles whose body is the same as an earlier article's: the same story published on two
 * dates. The first published is the original; each later one repeats it.
 */
public final class SameBodies {
    private SameBodies() {}

    /** The articles that repeat an earlier article's body (an empty body repeats nothing). */
    public static List<Article> repeats(List<Article> articles) {
        Map<Long, Article> first = new HashMap<>();
        for (Article a : articles) {
            if (a.body() == 0) continue;
            first.merge(a.body(), a, (x, y) -> earlier(x, y) ? x : y);
        }
        List<Article> repeats = new ArrayList<>();
        for (Article a : articles) if (a.body() != 0 && first.get(a.body()) != a) repeats.add(a);
        return repeats;
    }

    /** Earlier: published first; on the same instant, the first file by name (as the archive orders them). */
    private static boolean earlier(Article x, Article y) {
        int c = x.published().compareTo(y.published());
        return c < 0 || c == 0 && x.file().compareTo(y.file()) <= 0;
    }

    /**
     * For each position of the archive, the position of the original whose body it repeats, or
     * -1 when it repeats none (the original itself included). The archive is newest first, so the
     * original is the last of its group.
     */
    public static int[] originals(Archive archive) {
        // found once, when the archive is made: the pages, the related lists, the search index and the plan's print all ask
        int[] original = new int[archive.size()];
        for (int i = 0; i < original.length; i++) original[i] = archive.original(i);
        return original;
    }

    /** {@link #originals(Archive)} of the archive's articles, newest first. */
    static int[] originals(List<Article> newestFirst) {
        int[] original = new int[newestFirst.size()];
        Map<Long, Integer> earliest = new HashMap<>();
        for (int i = newestFirst.size() - 1; i >= 0; i--) {
            long body = newestFirst.get(i).body();
            Integer o = body == 0 ? null : earliest.putIfAbsent(body, i);
            original[i] = o == null ? -1 : o;
        }
        return original;
    }
}
