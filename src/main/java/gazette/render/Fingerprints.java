package gazette.render;

import gazette.index.Archive;
import gazette.index.Pagination;
import gazette.index.TagPage;
import gazette.read.Article;
import gazette.read.Hashes.Hasher;
import gazette.site.Settings;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Collection;
import java.util.Map;
import java.util.TreeMap;

/**
 * Fingerprints of everything a page is made from, computed from metadata without rendering:
 * equal fingerprints mean equal pages, so an incremental build renders only pages whose
 * fingerprint changed. Each must cover every input of its page's model; the random-edit test
 * (incremental output equals a clean build's, byte for byte) is what keeps them honest.
 */
public final class Fingerprints {
    private final Archive archive;
    private final long[] sources;
    private final long[] teasers;
    private final Map<String, Long> kinds = new TreeMap<>();
    private final long site;
    private final long calendar;
    private final long tagIndex;

    /**
     * @param sources    fingerprint of each article's source bytes, in archive order
     * @param code       identifies the Gazette build, so a new version renders everything again
     */
    public Fingerprints(Archive archive, long[] sources, Settings settings, Path templatesDir, Collection<String> pageTemplates, String code) throws IOException {
        this.archive = archive;
        this.sources = sources;
        Hasher s = new Hasher().add(code).add(settings.title()).add(settings.baseUrl()).add(settings.language())
                .add(settings.timeZone().getId()).add(settings.pageSize()).add(settings.description())
                .add(settings.publisher()).add(settings.author());
        this.site = s.get();
        // a page kind's own template, plus every shared one (the layout, the parts)
        Map<String, byte[]> all = ThemeFiles.list(templatesDir, "");
        Hasher shared = new Hasher();
        for (Map.Entry<String, byte[]> t : all.entrySet()) {
            if (t.getKey().endsWith(".ftlh") && !pageTemplates.contains(t.getKey())) shared.add(t.getKey()).add(gazette.read.Hashes.of(t.getValue()));
        }
        long sharedHash = shared.get();
        for (String name : pageTemplates) {
            byte[] own = all.get(name);
            kinds.put(name, new Hasher().add(site).add(sharedHash).add(name).add(own == null ? 0 : gazette.read.Hashes.of(own)).get());
        }
        Hasher days = new Hasher();
        for (gazette.index.DayPage d : archive.days()) days.add(d.date().toEpochDay()).add(d.count());
        this.calendar = days.get();
        Hasher tags = new Hasher();
        for (TagPage t : archive.tags()) tags.add(t.tag().name()).add(t.tag().slug()).add(t.count());
        this.tagIndex = tags.get();
        this.teasers = new long[archive.size()];
        java.util.stream.IntStream.range(0, teasers.length).parallel().forEach(i -> teasers[i] = teaser(i));
    }

    /** What a listing shows of article i: all its metadata, its address and its tags' names. */
    private long teaser(int i) {
        Article a = archive.article(i);
        Hasher h = new Hasher().add(a.file()).add(a.format().name()).add(a.title()).add(a.published().getEpochSecond())
                .add(a.published().getNano()).add(a.timed()).add(archive.permalink(i).path()).add(a.authors())
                .add(a.source()).add(a.summary()).add(a.url()).add(a.editor()).add(a.draft()).add(a.params());
        for (TagPage t : archive.tagsOf(i)) h.add(t.tag().name()).add(t.tag().slug());
        return h.get();
    }

    private Hasher kind(String template) {
        Long k = kinds.get(template);
        return new Hasher().add(k == null ? site : k);
    }

    /** An article page: the article (body included), its neighbours in time, and {@code extra} (e.g. related articles). */
    public long article(String template, int i, int... extra) {
        Hasher h = kind(template).add(teasers[i]).add(sources[i]);
        h.add(i + 1 < teasers.length ? teasers[i + 1] : 0).add(i > 0 ? teasers[i - 1] : 0);
        for (int e : extra) h.add(teasers[e]);
        return h.get();
    }

    /** Page n of a listing whose k-th article is {@code members.at(k)}, plus listing-specific values. */
    public long listing(String template, String path, Pagination p, int n, PageModels.IntAt members, Object... extra) {
        Hasher h = kind(template).add(path).add(n).add(p.pages()).add(p.total());
        for (int k = p.first(n); k < p.last(n); k++) h.add(teasers[members.at(k)]);
        for (Object o : extra) h.add(o);
        return h.get();
    }

    /**
     * A page made from the archive's shape, not its articles: the calendar pages (days and their
     * counts), the tags index (tags and their counts), and pages that depend on the site alone.
     */
    public long shape(String template, String path) {
        return kind(template).add(path).add(calendar).add(tagIndex).get();
    }

    /**
     * The sitemap: every page's address and every article's last change, so every article's
     * teaser (its metadata and path) and the archive's shape (days, tags and their counts).
     */
    public long sitemap() {
        Hasher h = new Hasher().add(site).add("sitemap").add(teasers.length).add(calendar).add(tagIndex);
        for (long t : teasers) h.add(t);
        return h.get();
    }

    /** A feed of the given articles (bodies included), for its address. */
    public long feed(String file, int[] entries, Object... extra) {
        Hasher h = new Hasher().add(site).add("feed").add(file);
        for (int i : entries) h.add(teasers[i]).add(sources[i]);
        for (Object o : extra) h.add(o);
        return h.get();
    }
}
