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
    private final int pageSize;
    private final Map<String, AtomicInteger> counts = new LinkedHashMap<>();

    public SiteRenderer(Archive archive, PageModels models, Templates templates, Bodies bodies, PageOutput out, int pageSize) {
        this.archive = archive;
        this.models = models;
        this.templates = templates;
        this.bodies = bodies;
        this.out = out;
        this.pageSize = pageSize;
        TEMPLATES.keySet().forEach(k -> counts.put(k, new AtomicInteger()));
    }

    private static Map<String, String> templates() {
        Map<String, String> t = new LinkedHashMap<>();
        for (String kind : List.of("article", "home", "day", "month", "year", "archive", "tag", "tags")) t.put(kind, kind + ".ftlh");
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
            renderNotFound();
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
        Map<String, Integer> result = new LinkedHashMap<>();
        counts.forEach((k, v) -> result.put(k, v.get()));
        return result;
    }

    private void emit(String kind, String path, Map<String, Object> model) {
        String html = templates.render(TEMPLATES.get(kind), model);
        try {
            out.page(path, html);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        counts.get(kind).incrementAndGet();
    }

    private void renderArticles() {
        IntStream.range(0, archive.size()).parallel().forEach(i -> {
            String body;
            try {
                body = bodies.html(archive.article(i));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            } catch (ContentException e) {
                // the file changed or broke between reading and rendering
                throw new UncheckedIOException(new IOException(e.toString()));
            }
            emit("article", archive.permalink(i).path(), models.article(i, body));
        });
    }

    private void renderHome() {
        Pagination p = new Pagination(Paths.HOME, archive.size(), pageSize);
        IntStream.rangeClosed(1, p.pages()).parallel().forEach(n -> emit("home", p.path(n), models.home(p, n)));
    }

    private void renderDays() {
        List<DayPage> days = archive.days();
        IntStream.range(0, days.size()).parallel().forEach(d -> {
            DayPage day = days.get(d);
            DayPage newer = d > 0 ? days.get(d - 1) : null;
            DayPage older = d + 1 < days.size() ? days.get(d + 1) : null;
            Pagination p = new Pagination(day.path(), day.count(), pageSize);
            for (int n = 1; n <= p.pages(); n++) emit("day", p.path(n), models.day(day, p, n, newer, older));
        });
    }

    private void renderCalendars() {
        archive.months().parallelStream().forEach(m -> emit("month", m.path(), models.month(m)));
        archive.years().parallelStream().forEach(y -> emit("year", y.path(), models.year(y)));
        emit("archive", Paths.ARCHIVE, models.archivePage());
    }

    private void renderTags() {
        archive.tags().parallelStream().forEach((TagPage t) -> {
            Pagination p = new Pagination(t.path(), t.count(), pageSize);
            for (int n = 1; n <= p.pages(); n++) emit("tag", p.path(n), models.tag(t, p, n));
        });
        emit("tags", Paths.TAGS, models.tagsPage());
    }

    private void renderNotFound() throws IOException {
        out.file(SiteFiles.NOT_FOUND, templates.render(TEMPLATES.get("not-found"), models.notFound()));
        counts.get("not-found").incrementAndGet();
    }
}
