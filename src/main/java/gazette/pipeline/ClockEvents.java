package gazette.pipeline;

import gazette.index.Archive;
import gazette.read.Article;
import gazette.site.Settings;
import gazette.write.NewsSitemap;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * When the clock alone next changes the site, the content staying as it is: an embargoed article's
 * time comes, or an article leaves the news sitemap's window. A build that finds nothing changed
 * may stop early only before then ({@link gazette.incremental.Unchanged}).
 */
final class ClockEvents {
    /** No event ahead. */
    static final Instant NEVER = Instant.ofEpochMilli(Long.MAX_VALUE);

    private ClockEvents() {}

    /**
     * @param read    every article read, drafts and embargoed ones included
     * @param archive the articles published
     * @param drafts  whether drafts are published (--drafts)
     */
    static Instant next(List<Article> read, Archive archive, Settings settings, boolean drafts, Instant now) {
        Instant next = NEVER;
        // an embargo lifts; with --future, the article enters the news sitemap
        for (Article a : read) {
            if (a.draft() && !drafts) continue;
            if (a.published().isAfter(now) && a.published().isBefore(next)) next = a.published();
        }
        if (!settings.hasAddress()) return next;
        // an empty feed is dated with the build's time: every build writes it again
        if (archive.size() == 0) return now;
        // an article leaves the news sitemap (newest first: stop at the window's start)
        Duration window = Duration.ofHours(NewsSitemap.WINDOW_HOURS);
        Instant from = now.minus(window);
        for (int i = 0; i < archive.size(); i++) {
            Instant published = archive.article(i).published();
            if (published.isAfter(now)) continue;
            if (published.isBefore(from)) break;
            Instant leaves = published.plus(window);
            if (leaves.isBefore(next)) next = leaves;
        }
        return next;
    }
}
