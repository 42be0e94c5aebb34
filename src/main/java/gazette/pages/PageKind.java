package gazette.pages;

import gazette.pages.model.PageModel;
import java.time.ZonedDateTime;
import java.util.function.IntFunction;

/**
 * One entry of the {@link PagePlan}: a kind of page and all its pages, numbered from 0.
 *
 * @param name         the kind, as {@code page.kind} and the build's summary name it
 * @param template     the template that renders it
 * @param inSitemap    whether the sitemap lists its pages (search and not-found are not listed)
 * @param count        how many pages it has
 * @param path         page k's path in the site: a folder ("2024/03/07/") or a file ("404.html")
 * @param model        page k's model, made on demand
 * @param lastModified page k's last change (in its article's zone), for the sitemap; null when a page has none of its own
 */
public record PageKind(String name, String template, boolean inSitemap, int count, IntFunction<String> path,
                       IntFunction<PageModel> model, IntFunction<ZonedDateTime> lastModified) {

    /** The file page k is written to: a folder's index.html, or the file itself. */
    public String file(int k) {
        String p = path.apply(k);
        return p.isEmpty() || p.endsWith("/") ? p + "index.html" : p;
    }

    /** The same pages, left out of the sitemap. */
    PageKind unlisted() {
        return new PageKind(name, template, false, count, path, model, lastModified);
    }
}
