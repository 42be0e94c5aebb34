package gazette.render;

import gazette.index.Archive;
import gazette.index.DayPage;
import gazette.index.Pagination;
import gazette.index.Paths;
import gazette.index.TagPage;
import gazette.read.ContentException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import java.util.stream.IntStream;

/**
 * The render stage: every page of the site, each kind in a named step. Work runs on all cores,
 * one page at a time per core; a page's HTML goes to the output as soon as it is made.
 */
public final class SiteRenderer {
    /** The page kinds in the order they are rendered, with the template of each. */
    public static final Map<String, String> TEMPLATES = templates();

    private final Archive archive;
    private final PageModels models;
    private final Templates templates;
    private final Bodies bodies;
    private final PageOutput out;
    private final Fingerprints fingerprints;
    private final int pageSize;
    private final Map<String, AtomicInteger> counts = new LinkedHashMap<>();
    private final AtomicInteger rendered = new AtomicInteger();

    public SiteRenderer(Archive archive, PageModels models, Templates templates, Bodies bodies, PageOutput out,
                        Fingerprints fingerprints, int pageSize) {
        this.archive = archive;
        this.models = models;
        this.templates = templates;
        this.bodies = bodies;
        this.out = out;
        this.fingerprints = fingerprints;
        this.pageSize = pageSize;
        TEMPLATES.keySet().forEach(k -> counts.put(k, new AtomicInteger()));
    }

    private Runnable onPage = () -> {};

    /** Called once for every page, rendered or kept: for a progress display. */
    public SiteRenderer onPage(Runnable onPage) {
        this.onPage = onPage;
        return this;
    }

    /** How many pages {@link #renderAll} will produce. */
    public long pageCount() {
        long n = archive.size() + new Pagination(Paths.HOME, archive.size(), pageSize).pages();
        for (DayPage d : archive.days()) n += new Pagination(d.path(), d.count(), pageSize).pages();
        for (TagPage t : archive.tags()) n += new Pagination(t.path(), t.count(), pageSize).pages();
        // one page each: the archive, the tags index, search and not-found
        return n + archive.months().size() + archive.years().size() + 4;
    }

    /** How many pages were rendered; the others were kept from the previous build. */
    public int rendered() {
        return rendered.get();
    }

    private static Map<String, String> templates() {
        Map<String, String> t = new LinkedHashMap<>();
        for (String kind : List.of("article", "home", "day", "month", "year", "archive", "tag", "tags")) t.put(kind, kind + ".ftlh");
        t.put("search", "search.ftlh");
        t.put("not-found", "404.ftlh");
        return java.util.Collections.unmodifiableMap(t);
    }

    /** Renders everything; returns the number of pages of each kind. */
    public Map<String, Integer> renderAll() throws IOException {
        templates.load(new ArrayList<>(TEMPLATES.values()));
        try {
            renderArticles();
            renderHome();
            renderDays();
            renderCalendars();
            renderTags();
            renderSearch();
            renderNotFound();
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
        Map<String, Integer> result = new LinkedHashMap<>();
        counts.forEach((k, v) -> result.put(k, v.get()));
        return result;
    }

    /**
     * Renders the page of {@code kind} at {@code path} unless the output keeps it (same
     * fingerprint as last build); fingerprint 0 means always render (the output still skips
     * writing bytes that did not change).
     */
    private void emit(String kind, String file, long fingerprint, Supplier<Map<String, Object>> model) {
        counts.get(kind).incrementAndGet();
        onPage.run();
        if (out.keep(file, fingerprint)) return;
        String html = templates.render(TEMPLATES.get(kind), model.get());
        rendered.incrementAndGet();
        try {
            out.file(file, html, fingerprint);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private long shape(String kind, String path) {
        return fingerprints.shape(TEMPLATES.get(kind), path);
    }

    private void emitPage(String kind, String path, long fingerprint, Supplier<Map<String, Object>> model) {
        emit(kind, path + "index.html", fingerprint, model);
    }

    private void renderArticles() {
        String template = TEMPLATES.get("article");
        IntStream.range(0, archive.size()).parallel().forEach(i ->
                emitPage("article", archive.permalink(i).path(), fingerprints.article(template, i, models.related(i)), () -> models.article(i, body(i))));
    }

    private String body(int i) {
        try {
            return bodies.html(archive.article(i), i);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (ContentException e) {
            // the file changed or broke between reading and rendering
            throw new UncheckedIOException(new IOException(e.toString()));
        }
    }

    private void renderHome() {
        Pagination p = new Pagination(Paths.HOME, archive.size(), pageSize);
        String template = TEMPLATES.get("home");
        IntStream.rangeClosed(1, p.pages()).parallel().forEach(n ->
                emitPage("home", p.path(n), fingerprints.listing(template, p.path(n), p, n, k -> k), () -> models.home(p, n)));
    }

    private void renderDays() {
        List<DayPage> days = archive.days();
        IntStream.range(0, days.size()).parallel().forEach(d -> {
            DayPage day = days.get(d);
            DayPage newer = d > 0 ? days.get(d - 1) : null;
            DayPage older = d + 1 < days.size() ? days.get(d + 1) : null;
            Pagination p = new Pagination(day.path(), day.count(), pageSize);
            String template = TEMPLATES.get("day");
            Object newerDay = newer == null ? "" : newer.date().toString();
            Object olderDay = older == null ? "" : older.date().toString();
            for (int n = 1; n <= p.pages(); n++) {
                int page = n;
                long fp = fingerprints.listing(template, p.path(n), p, n, k -> day.from() + k, day.date().toString(), newerDay, olderDay);
                emitPage("day", p.path(n), fp, () -> models.day(day, p, page, newer, older));
            }
        });
    }

    private void renderCalendars() {
        // made from the archive's shape (days, tags and their counts), not from its articles
        archive.months().parallelStream().forEach(m -> emitPage("month", m.path(), shape("month", m.path()), () -> models.month(m)));
        archive.years().parallelStream().forEach(y -> emitPage("year", y.path(), shape("year", y.path()), () -> models.year(y)));
        emitPage("archive", Paths.ARCHIVE, shape("archive", Paths.ARCHIVE), models::archivePage);
    }

    private void renderTags() {
        archive.tags().parallelStream().forEach((TagPage t) -> {
            Pagination p = new Pagination(t.path(), t.count(), pageSize);
            String template = TEMPLATES.get("tag");
            int[] members = t.articles();
            for (int n = 1; n <= p.pages(); n++) {
                int page = n;
                long fp = fingerprints.listing(template, p.path(n), p, n, k -> members[k], t.tag().name());
                emitPage("tag", p.path(n), fp, () -> models.tag(t, p, page));
            }
        });
        emitPage("tags", Paths.TAGS, shape("tags", Paths.TAGS), models::tagsPage);
    }

    /** The search page: one page, always rendered; its index files are the write stage's (gazette.write.SearchIndex). */
    private void renderSearch() {
        emitPage("search", PageModels.SEARCH, shape("search", PageModels.SEARCH), models::searchPage);
    }

    private void renderNotFound() throws IOException {
        emit("not-found", SiteFiles.NOT_FOUND, shape("not-found", SiteFiles.NOT_FOUND), models::notFound);
    }
}
