package gazette.pages;

import static org.assertj.core.api.Assertions.assertThat;

import gazette.testing.Fixture;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The plan is the one list of the site's pages: a built site has exactly its pages, each page's
 * model names the plan's kind, the sitemap lists exactly its listed ones, and the summary counts
 * them kind by kind.
 */
class PagePlanTest {
    @TempDir
    Path tmp;

    @Test
    void theSiteTheSitemapAndTheSummaryAreThePlan() throws Exception {
        Fixture f = new Fixture(tmp);
        f.settings("title: Plan\nbase_url: https://example.org/\npage_size: 2\n");
        f.article("a.md", "Body.", "title: One", "date: 2024-03-07", "tags: [Port, Tram]", "section: City");
        f.article("b.md", "Body.", "title: Two", "date: 2024-03-07", "tags: [Port]", "section: City");
        f.article("c.md", "Body.", "title: Three", "date: 2024-03-07T10:00:00Z", "tags: [Port]", "section: Sport");
        f.article("d.md", "Body.", "title: Four", "date: 2023-12-31");
        f.write("e.txt", "date 2022-06-01\nScraped\n\nText.\n");
        Fixture.Run run = f.build();
        assertThat(run.exit()).as(run.err()).isZero();

        // the HTML pages on disk
        Set<String> pages = new TreeSet<>();
        try (Stream<Path> s = Files.walk(f.out)) {
            s.filter(p -> p.toString().endsWith(".html")).forEach(p -> pages.add(f.out.relativize(p).toString().replace('\\', '/')));
        }
        // the sitemap's addresses, as site paths
        Set<String> listed = new TreeSet<>();
        Matcher m = Pattern.compile("<loc>https://example.org/([^<]*)</loc>").matcher(f.file("sitemap.xml"));
        while (m.find()) listed.add(m.group(1));

        // the plan for the same site: read again the way the build reads it
        var settings = gazette.site.SettingsFile.load(tmp.resolve("gazette.yaml"));
        var read = new gazette.read.ContentReader(f.content, settings.timeZone()).read().articles();
        var archive = gazette.index.Archive.of(read, settings::zoneOf, gazette.index.Sections.of(settings.sectionSource(), read));
        ArticleBodies none = new ArticleBodies() {
            @Override
            public String html(int position) {
                return "";
            }

            @Override
            public long print(int position) {
                return 0;
            }
        };
        PagePlan plan = PagePlan.of(archive, new Models(settings, archive, gazette.index.Related.of(archive), none), settings);
        Set<String> planned = new TreeSet<>();
        Set<String> plannedListed = new TreeSet<>();
        List<String> summary = new ArrayList<>();
        for (PageKind kind : plan.kinds()) {
            for (int k = 0; k < kind.count(); k++) {
                assertThat(planned.add(kind.file(k))).as("one file, one page: %s", kind.file(k)).isTrue();
                // the kind a template sees (page.kind, the body's class) is the plan's
                assertThat(kind.model().apply(k).page().kind()).as(kind.file(k)).isEqualTo(kind.name());
                if (kind.inSitemap()) plannedListed.add(kind.path().apply(k));
            }
            // a kind with no page here (redirects, in a site whose articles never moved) is not in the summary
            if (kind.count() > 0) summary.add(kind.count() + " " + kind.name());
        }
        assertThat(pages).isEqualTo(planned);
        assertThat(listed).isEqualTo(plannedListed);
        assertThat(plan.listedPages()).isEqualTo(listed.size());
        assertThat(run.out()).contains("pages:  " + plan.pages() + " (" + String.join(", ", summary) + ")");
        // every kind has a page here, and search and not-found are the only pages the sitemap leaves out
        assertThat(plan.counts().values()).allMatch(n -> n > 0);
        assertThat(planned.size() - plannedListed.size()).isEqualTo(2);
    }
}
