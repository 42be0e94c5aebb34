package gazette.pages;

import static org.assertj.core.api.Assertions.assertThat;

import gazette.fingerprint.ValuePrint;
import gazette.index.Archive;
import gazette.index.Related;
import gazette.pages.model.Deferred;
import gazette.pages.model.PageModel;
import gazette.read.ContentReader;
import gazette.site.Settings;
import gazette.site.SettingsFile;
import gazette.testing.Fixture;
import java.lang.reflect.Constructor;
import java.lang.reflect.RecordComponent;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A page is rendered again only when its fingerprint changes, so every value a template can read
 * must be in it. Every component of every record in every page model of a varied archive is
 * changed in turn, and each change must change the page's fingerprint; the values made only when
 * read (a listing's teasers, a neighbour's teaser) must change it when what they make changes.
 */
class ModelPrintTest {
    @TempDir
    Path tmp;

    private PagePlan plan;
    private ValuePrint print;

    @BeforeEach
    void archive() throws Exception {
        Fixture f = new Fixture(tmp);
        f.settings("title: Print Gazette\nbase_url: https://example.org/news/\ndescription: News.\npage_size: 2\n");
        f.article("2023/a.md", "First body.", "title: Ferry cancelled", "date: 2023-11-30T09:00:00Z", "tags: [Ferry, Port]",
                "author: Ann Reed", "source: Desk", "summary: Brief.", "updated: 2023-12-01", "image: /static/a.jpg", "section: City",
                "mood: calm");
        f.article("2024/b.md", "Second body.", "title: Harbour works", "date: 2024-01-02", "tags: [Port]", "authors: [Bo, Cy]");
        f.article("2024/c.md", "Third body.", "title: Tram line", "date: 2024-01-02T18:00:00+01:00", "tags: [Tram, Port]");
        f.article("2024/d.md", "Fourth body.", "title: Budget", "date: 2024-02-10", "tags: [Council]");
        f.write("2022/e.txt", "http://example.com/e\n2022-06-01T10:00:00+0900\nScraped headline\n\nA paragraph.\n\nSource: Wire   Editor: Dee\n");
        f.article("2024/f.md", "Fifth body.", "title: Pier opens", "date: 2024-02-11", "tags: [Port]", "image: pier.jpg",
                "caption: The new pier", "credit: 'Photo: Ann Reed'");
        gazette.pictures.TestPictures.jpeg(f.content.resolve("2024/pier.jpg"), gazette.pictures.TestPictures.photo(1300, 800), false);
        Settings settings = SettingsFile.load(tmp.resolve("gazette.yaml"));
        List<gazette.read.Article> read = new ContentReader(f.content, settings.timeZone()).read().articles();
        Archive archive = Archive.of(read, settings::zoneOf, gazette.index.Sections.of(settings.sectionSource(), read));
        gazette.pictures.Pictures.Plan picturePlan = gazette.pictures.Pictures.of(f.content, read);
        gazette.pictures.Pictures pictures = picturePlan.pictures();
        ArticleBodies bodies = new ArticleBodies() {
            @Override
            public String html(int position) {
                return "<p>body " + position + "</p>";
            }

            @Override
            public long print(int position) {
                return 1000 + position;
            }
        };
        Models models = new Models(settings, archive, Related.of(archive), bodies, pictures);
        plan = PagePlan.of(archive, models, settings);
        print = models.print();
    }

    @Test
    void everyComponentOfEveryPageModelIsInItsFingerprint() throws Exception {
        Set<String> tried = new TreeSet<>();
        Set<String> everyComponent = new TreeSet<>();
        int pages = 0;
        for (PageKind kind : plan.kinds()) {
            for (int k = 0; k < kind.count(); k++) {
                PageModel model = kind.model().apply(k);
                pages++;
                components(model.getClass(), everyComponent);
                for (Mutant m : mutants(model, model.getClass().getSimpleName())) {
                    assertThat(print.of(m.changed())).as("%s: changing %s", kind.file(k), m.where()).isNotEqualTo(print.of(m.same()));
                    tried.addAll(m.components());
                }
            }
        }
        assertThat(pages).isGreaterThan(20);
        // every component of every record a template can reach was changed at least once
        assertThat(tried).containsAll(everyComponent);
    }

    /** A neighbour's teaser is made only when read: its fingerprint is the teaser's own. */
    @Test
    void aDeferredTeaserIsFingerprintedAsTheTeaserItMakes() {
        PageKind articles = plan.kinds().get(0);
        int checked = 0;
        for (int k = 0; k < articles.count(); k++) {
            gazette.pages.model.ArticleModel m = (gazette.pages.model.ArticleModel) articles.model().apply(k);
            for (Deferred<gazette.pages.model.Teaser> d : Arrays.asList(m.previous(), m.next())) {
                if (d == null) continue;
                assertThat(d.fingerprint()).isEqualTo(print.of(d.get()));
                checked++;
            }
        }
        assertThat(checked).isEqualTo(2 * (articles.count() - 1));
    }

    /** One article retitled: the pages that show it, and only those, get another fingerprint. */
    @Test
    void listingsAndNeighboursFollowTheTeasersTheyShow() throws Exception {
        Fixture f = new Fixture(tmp.resolve("retitle"));
        f.settings("title: T\npage_size: 3\n");
        for (int i = 0; i < 9; i++) f.article("a" + i + ".md", "Body " + i + ".", "title: Story " + i, "date: 2024-01-0" + (i + 1), "tags: [t" + (i % 2) + "]");
        List<Long> before = pagePrints(f);
        f.article("a4.md", "Body 4.", "title: Story 4, retitled", "date: 2024-01-05", "tags: [t0]");
        List<Long> after = pagePrints(f);
        Map<String, Boolean> changed = new LinkedHashMap<>();
        int k = 0;
        for (PageKind kind : plan.kinds()) for (int n = 0; n < kind.count(); n++, k++) changed.put(kind.file(n), !before.get(k).equals(after.get(k)));
        // its own page, its neighbours (a3 and a5), the home page that lists it, its day and its tag (and its related articles)
        assertThat(changed).containsEntry("2024/01/05/story-4-retitled/index.html", true)
                .containsEntry("2024/01/04/story-3/index.html", true)
                .containsEntry("2024/01/06/story-5/index.html", true)
                .containsEntry("page/2/index.html", true)
                .containsEntry("2024/01/05/index.html", true)
                .containsEntry("tags/t0/index.html", true)
                .containsEntry("2024/01/index.html", true); // its month lists its headline
        // pages that do not show it stay as they were
        // (story 7 has the other tag: neither neighbour nor related)
        assertThat(changed).containsEntry("2024/01/08/story-7/index.html", false)
                .containsEntry("index.html", false)
                .containsEntry("tags/t1/index.html", false)
                .containsEntry("2024/index.html", false);
    }

    private List<Long> pagePrints(Fixture f) throws Exception {
        Settings settings = SettingsFile.load(f.root.resolve("gazette.yaml"));
        Archive archive = Archive.of(new ContentReader(f.content, settings.timeZone()).read().articles(), settings.timeZone());
        ArticleBodies bodies = new ArticleBodies() {
            @Override
            public String html(int position) {
                return "";
            }

            @Override
            public long print(int position) {
                return archive.article(position).file().hashCode();
            }
        };
        Models models = new Models(settings, archive, Related.of(archive), bodies);
        plan = PagePlan.of(archive, models, settings);
        List<Long> prints = new ArrayList<>();
        for (PageKind kind : plan.kinds()) for (int k = 0; k < kind.count(); k++) prints.add(models.print().of(kind.model().apply(k)));
        return prints;
    }

    @Test
    void theSameArchiveGivesTheSameFingerprints() throws Exception {
        List<Long> first = prints();
        archive(); // a new Models over an archive read again
        assertThat(prints()).isEqualTo(first);
    }

    private List<Long> prints() {
        List<Long> out = new ArrayList<>();
        for (PageKind kind : plan.kinds()) for (int k = 0; k < kind.count(); k++) out.add(print.of(kind.model().apply(k)));
        return out;
    }

    /** A model rebuilt twice along one path: once as it was, once with one component changed. */
    private record Mutant(Object same, Object changed, String where, List<String> components) {}

    private static List<Mutant> mutants(Object value, String where) throws Exception {
        List<Mutant> out = new ArrayList<>();
        if (value instanceof Record r) {
            RecordComponent[] cs = r.getClass().getRecordComponents();
            Object[] args = new Object[cs.length];
            for (int c = 0; c < cs.length; c++) args[c] = cs[c].getAccessor().invoke(r);
            for (int c = 0; c < cs.length; c++) {
                String name = r.getClass().getSimpleName() + "." + cs[c].getName();
                List<Mutant> inner = new ArrayList<>();
                Object changed = change(args[c], cs[c].getType());
                if (changed != NOTHING) inner.add(new Mutant(args[c], changed, where + "." + cs[c].getName(), List.of()));
                for (Mutant m : mutants(args[c], where + "." + cs[c].getName())) inner.add(m);
                for (Mutant m : inner) {
                    Object[] same = args.clone();
                    Object[] other = args.clone();
                    same[c] = m.same();
                    other[c] = m.changed();
                    List<String> along = new ArrayList<>(m.components());
                    along.add(name);
                    out.add(new Mutant(construct(r.getClass(), same), construct(r.getClass(), other), m.where(), along));
                }
            }
        } else if (value instanceof List<?> list && !list.isEmpty() && (list.get(0) instanceof Record || list.get(0) instanceof List<?>)) {
            // one element changed (a record, or a week of the calendar): both copies are plain lists, so only the element differs
            for (Mutant m : mutants(list.get(0), where + "[0]")) {
                List<Object> same = new ArrayList<>(list);
                List<Object> other = new ArrayList<>(list);
                same.set(0, m.same());
                other.set(0, m.changed());
                out.add(new Mutant(same, other, m.where(), m.components()));
            }
        }
        return out;
    }

    private static final Object NOTHING = new Object();

    /** Another value of the same type, or NOTHING when there is none to make (a missing record). */
    private static Object change(Object v, Class<?> type) {
        if (type == String.class) return v == null ? "changed" : v + "·";
        if (type == int.class) return (Integer) v + 1;
        if (type == Integer.class) return v == null ? 1 : (Integer) v + 1;
        if (type == long.class) return (Long) v + 1;
        if (type == boolean.class) return !(Boolean) v;
        if (type == List.class) {
            List<?> l = (List<?>) v;
            if (l == null || l.isEmpty()) return Arrays.asList("changed");
            return new ArrayList<>(l.subList(0, l.size() - 1));
        }
        if (type == Map.class) {
            Map<Object, Object> m = v == null ? new LinkedHashMap<>() : new LinkedHashMap<>((Map<?, ?>) v);
            m.put("changed", 1);
            return m;
        }
        if (type == Deferred.class) {
            Deferred<?> d = (Deferred<?>) v;
            long fp = d == null ? 7 : d.fingerprint() + 1;
            return new Deferred<Object>() {
                @Override
                public Object get() {
                    return d == null ? null : d.get();
                }

                @Override
                public long fingerprint() {
                    return fp;
                }
            };
        }
        return NOTHING; // a record: changed component by component instead
    }

    private static Object construct(Class<?> type, Object[] args) throws Exception {
        RecordComponent[] cs = type.getRecordComponents();
        Class<?>[] types = new Class<?>[cs.length];
        for (int c = 0; c < cs.length; c++) types[c] = cs[c].getType();
        Constructor<?> canonical = type.getDeclaredConstructor(types);
        return canonical.newInstance(args);
    }

    /** Every component of the record type and of the record types it holds. */
    private static void components(Class<?> type, Set<String> into) {
        if (!type.isRecord()) return;
        for (RecordComponent c : type.getRecordComponents()) {
            if (!into.add(type.getSimpleName() + "." + c.getName())) continue;
            components(c.getType(), into);
            if (c.getGenericType() instanceof java.lang.reflect.ParameterizedType p) {
                for (java.lang.reflect.Type arg : p.getActualTypeArguments()) {
                    if (arg instanceof Class<?> k) components(k, into);
                    if (arg instanceof java.lang.reflect.ParameterizedType inner && inner.getActualTypeArguments()[0] instanceof Class<?> k) components(k, into);
                }
            }
        }
    }
}
