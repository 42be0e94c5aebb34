package gazette.pipeline;

import gazette.index.Archive;
import gazette.read.Article;
import gazette.render.ArchivePrints;
import gazette.site.Settings;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * The last rebuild's archive and its articles' fingerprints, kept by serve from one rebuild to the
 * next. The archive is made of the published articles and the settings alone, and of an article
 * it takes no more than its record holds but the body's fingerprint; so a rebuild that publishes
 * the same articles under equal settings, but for edits past a body's first paragraph (which
 * stands for a summary the front matter does not give), takes it with those articles put in
 * their places ({@link Archive#withBodies}), instead of sorting, grouping and tagging every
 * article again; and with it the fingerprints of what each article shows outside its body
 * ({@link ArchivePrints#shape}).
 * Nothing here depends on whether the last rebuild succeeded: equal inputs, equal archive.
 */
public final class KeptArchive {
    private List<Article> published;
    private Settings settings;
    private Archive archive;
    private String code;
    private ArchivePrints prints;
    private int reused;

    /** The archive of {@code published} under {@code settings} ({@code code}: the state's key): the last one if all are its own, else {@code make}'s. */
    synchronized Archive archive(List<Article> published, Settings settings, String code, Supplier<Archive> make) {
        // the code too: it holds the settings as written, in their order (the last of two tag aliases wins), which equals does not see
        Map<Article, Article> replaced = archive == null || !settings.equals(this.settings) || !code.equals(this.code) ? null : sameButBodies(published);
        if (replaced != null) {
            reused++;
            if (!replaced.isEmpty()) {
                // the same shapes: the prints' stand for it too
                archive = archive.withBodies(a -> replaced.getOrDefault(a, a));
                this.published = List.copyOf(published);
            }
            return archive;
        }
        this.archive = null; // not held beside the new one while it is made
        this.published = null;
        this.prints = null;
        Archive made = make.get();
        // as many articles as serve keeps the state of (KeptState), and no more
        if (published.size() <= gazette.incremental.KeptState.MOST_ARTICLES) {
            this.published = List.copyOf(published);
            this.settings = settings;
            this.code = code;
            this.archive = made;
        }
        return made;
    }

    /**
     * Each of the last published articles that {@code published} has another instance of in its
     * place, to that one, when all are the same but for their bodies; null when any other differs.
     */
    private Map<Article, Article> sameButBodies(List<Article> published) {
        if (published.size() != this.published.size()) return null;
        Map<Article, Article> replaced = new IdentityHashMap<>();
        for (int i = 0; i < published.size(); i++) {
            Article now = published.get(i);
            Article was = this.published.get(i);
            if (now == was) continue;
            if (now.body() == was.body() ? !now.equals(was) : !now.withBody(was.body()).equals(was)) return null;
            replaced.put(was, now);
        }
        return replaced;
    }

    /**
     * The fingerprints of {@code archive}'s articles with these sources: the shapes taken from the
     * last ones when it is the kept archive (kept under this very code).
     */
    synchronized ArchivePrints prints(Archive archive, long[] sources, String code) {
        ArchivePrints made = prints != null && archive == this.archive ? prints.withBodies(archive, sources) : new ArchivePrints(archive, sources, code);
        if (archive == this.archive) this.prints = made;
        return made;
    }

    /** How many rebuilds took the last archive (for tests). */
    public synchronized int reused() {
        return reused;
    }
}
