package gazette.index;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

/**
 * The addresses an article had before its present one (a headline edited into a new slug, a
 * date corrected): each keeps working, as a page that sends the reader on.
 */
public final class Redirects {
    /** From the old site path {@code from} to the article at place {@code article} of the archive. */
    public record Redirect(String from, int article) {}

    private Redirects() {}

    /**
     * The addresses each article had ({@code history}), and those its front matter names
     * ({@code aliases:}, {@link gazette.read.Aliases}), each to the article's address now.
     *
     * @param history each article's content file → the addresses it has had
     * @return the redirects, newest article first; an address an article has now is never one,
     *         nor one that two articles had (the newer keeps it)
     */
    public static List<Redirect> of(Archive archive, Function<String, List<String>> history) {
        List<Redirect> out = new ArrayList<>();
        Set<String> taken = new HashSet<>();
        Set<String> now = null; // every address now: made only once some article has had another (most archives, most builds: none)
        for (int i = 0; i < archive.size(); i++) {
            List<String> before = history.apply(archive.article(i).file());
            List<String> aliases = gazette.read.Aliases.of(archive.article(i));
            // the common case, an article that never moved: nothing to look at
            if (aliases.isEmpty() && (before.isEmpty() || before.size() == 1 && before.get(0).equals(archive.path(i)))) continue;
            if (now == null) {
                now = new HashSet<>(archive.size() * 2);
                for (int k = 0; k < archive.size(); k++) now.add(archive.path(k));
            }
            List<String> had = new ArrayList<>(before);
            had.addAll(aliases);
            for (String from : had) {
                if (!now.contains(from) && taken.add(from)) out.add(new Redirect(from, i));
            }
        }
        return out;
    }
}
