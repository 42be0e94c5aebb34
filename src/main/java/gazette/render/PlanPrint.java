package gazette.render;

import gazette.fingerprint.Hasher;
import gazette.fingerprint.ValuePrint;
import gazette.index.Archive;
import gazette.index.Redirects;
import gazette.index.Section;
import gazette.pictures.Pictures;
import java.util.List;

/**
 * What every page is made from but an article's own body: each article's record without its
 * body, its address, tags and section ({@link ArchivePrints#shape}), which story it is (the same
 * body twice is one story: {@link Archive#original}) and its pictures; the site's model, the templates, words and code; the
 * redirects. When it is the last build's, no page can differ from the last build's but the page
 * of an article whose source changed, so the others are kept without making their models.
 */
public final class PlanPrint {
    private PlanPrint() {}

    /**
     * @param site what every page shows of the site ({@code Models.site()}, with the asset links)
     */
    public static long of(Archive archive, ArchivePrints articles, ValuePrint print, PagePrints pages, Object site, Pictures pictures,
                          List<Redirects.Redirect> redirects) {
        Hasher h = new Hasher().add(pages.all()).add(print.of(site)).add(print.of(redirects)).add(archive.size());
        for (int i = 0; i < archive.size(); i++) {
            Section s = archive.sectionOf(i);
            // a body's fingerprint is left out: which story the article is stands for it
            h.add(articles.shape(i)).add(archive.original(i)).add(pictures.print(archive.article(i), 0)).add(s == null ? "" : s.slug());
        }
        return h.get();
    }
}
