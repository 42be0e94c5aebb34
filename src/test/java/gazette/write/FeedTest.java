package gazette.write;

import static org.assertj.core.api.Assertions.assertThat;

import com.rometools.rome.feed.atom.Category;
import com.rometools.rome.feed.atom.Entry;
import com.rometools.rome.feed.atom.Feed;
import com.rometools.rome.feed.atom.Link;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.feed.synd.SyndPerson;
import com.rometools.rome.io.SyndFeedInput;
import com.rometools.rome.io.WireFeedInput;
import com.rometools.rome.io.XmlReader;
import gazette.index.Archive;
import gazette.read.ContentReader;
import gazette.render.Bodies;
import gazette.render.MarkdownRenderer;
import gazette.site.SettingsFile;
import gazette.testing.Fixture;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The Atom feeds of a fixture archive, parsed by Rome and checked entry by entry against what the
 * fixture holds: order, the 50-entry cap, ids, dates, absolute links under a sub-path, full bodies.
 */
class FeedTest {
    static final String BASE = "https://example.org/news/";
    static final ZoneId ZONE = ZoneId.of("Europe/Berlin");
    static final Instant START = Instant.parse("2024-01-01T05:00:00Z");
    static final Instant UPDATED = Instant.parse("2024-06-01T10:00:00Z");
    static final String UPDATED_TITLE = "Story 40";

    @TempDir
    static Path tmp;
    static Fixture site;

    /** An article of the fixture as the feeds must show it. */
    record Expected(String title, Instant published, Instant updated, String path, List<String> tags, List<String> authors, String summary) {
        LocalDate day() {
            return LocalDate.ofInstant(published, ZONE);
        }
    }

    static final List<Expected> all = new ArrayList<>();

    @BeforeAll
    static void build() {
        site = new Fixture(tmp);
        site.settings("""
                title: "Harbour & Co <News>"
                base_url: https://example.org/news/
                sections: front_matter
                language: en-GB
                timezone: Europe/Berlin
                author: The Night Desk
                description: News from the harbour.
                page_size: 5
                """);
        // 60 articles, 7 hours apart: every one tagged "all" (so its feed is capped at 50), odd ones "odd"
        for (int n = 0; n < 60; n++) {
            Instant when = START.plusSeconds(n * 7 * 3600L);
            List<String> tags = new ArrayList<>(List.of("all"));
            if (n % 2 == 1) tags.add("odd");
            if (n == 57) tags.add("東京");
            List<String> authors = n % 3 == 0 ? List.of("Ann Lee", "Bo Chen") : List.of();
            String title = "Story " + n;
            List<String> fm = new ArrayList<>(List.of("title: " + title, "date: " + when, "tags: [" + String.join(", ", tags) + "]",
                    "summary: Summary of story " + n + " & more"));
            if (!authors.isEmpty()) fm.add("authors: [" + String.join(", ", authors) + "]");
            Instant updated = null;
            if (title.equals(UPDATED_TITLE)) {
                updated = UPDATED;
                fm.add("updated: 2024-06-01T12:00:00+02:00");
            }
            site.article("a/story-" + n + ".md", "Body of story " + n + " with **bold** and a [link](../" + n + "/).\n\nSecond <em>paragraph</em> & more.",
                    fm.toArray(String[]::new));
            LocalDate day = LocalDate.ofInstant(when, ZONE);
            all.add(new Expected(title, when, updated, String.format("%04d/%02d/%02d/story-%d/", day.getYear(), day.getMonthValue(),
                    day.getDayOfMonth(), n), tags, authors, "Summary of story " + n + " & more"));
        }
        all.sort(Comparator.comparing(Expected::published).reversed());
        Fixture.Run run = site.build();
        assertThat(run.exit()).as("build; stderr:%n%s", run.err()).isZero();
        assertThat(run.out()).contains("feeds:  4 (the site's and 3 tags')");
    }

    static Feed atom(String file) throws Exception {
        Path p = site.out.resolve(file);
        assertThat(p).as(file).isRegularFile();
        try (XmlReader r = new XmlReader(Files.newInputStream(p))) {
            return (Feed) new WireFeedInput().build(r);
        }
    }

    static List<Expected> tagged(String tag) {
        return all.stream().filter(e -> e.tags().contains(tag)).toList();
    }

    @Test
    void siteFeedHasTheLatestFiftyNewestFirstWithFeedMetadata() throws Exception {
        Feed feed = atom("feed.xml");
        assertThat(feed.getId()).isEqualTo(BASE + "feed.xml");
        assertThat(feed.getTitle()).isEqualTo("Harbour & Co <News>");
        assertThat(feed.getSubtitle().getValue()).isEqualTo("News from the harbour.");
        // Rome does not keep xml:lang of an Atom 1.0 feed; the JDK's parser reads it
        var dbf = javax.xml.parsers.DocumentBuilderFactory.newInstance();
        dbf.setNamespaceAware(true);
        var root = dbf.newDocumentBuilder().parse(site.out.resolve("feed.xml").toFile()).getDocumentElement();
        assertThat(root.getAttributeNS("http://www.w3.org/XML/1998/namespace", "lang")).isEqualTo("en-GB");
        assertThat(feed.getAuthors()).extracting(SyndPerson::getName).containsExactly("The Night Desk");
        // the newest change in the feed: Story 40's update, later than any publication
        assertThat(feed.getUpdated().toInstant()).isEqualTo(UPDATED);
        assertThat(links(feed.getOtherLinks(), "self")).containsExactly(BASE + "feed.xml");
        assertThat(links(feed.getAlternateLinks(), "alternate")).containsExactly(BASE);
        assertEntries(feed, all.subList(0, 50));
    }

    @Test
    void tagFeedsHoldTheirTagsLatestFiftyAndNameTheTag() throws Exception {
        Feed allFeed = atom("tags/all/feed.xml");
        assertThat(allFeed.getTitle()).isEqualTo("all · Harbour & Co <News>");
        assertThat(links(allFeed.getOtherLinks(), "self")).containsExactly(BASE + "tags/all/feed.xml");
        assertThat(links(allFeed.getAlternateLinks(), "alternate")).containsExactly(BASE + "tags/all/");
        assertEntries(allFeed, tagged("all").subList(0, 50));

        Feed odd = atom("tags/odd/feed.xml");
        assertThat(odd.getTitle()).startsWith("odd ");
        assertEntries(odd, tagged("odd"));
        assertThat(odd.getEntries()).hasSize(30);

        // a non-Latin tag: the file is named in UTF-8, its links percent-encoded
        Feed tokyo = atom("tags/東京/feed.xml");
        assertThat(tokyo.getTitle()).startsWith("東京 ");
        assertThat(links(tokyo.getOtherLinks(), "self")).containsExactly(BASE + "tags/%E6%9D%B1%E4%BA%AC/feed.xml");
        assertEntries(tokyo, tagged("東京"));
    }

    private static void assertEntries(Feed feed, List<Expected> expected) {
        List<Entry> entries = feed.getEntries();
        assertThat(entries).extracting(Entry::getTitle).containsExactlyElementsOf(expected.stream().map(Expected::title).toList());
        Set<String> ids = new LinkedHashSet<>();
        for (int k = 0; k < expected.size(); k++) {
            Expected e = expected.get(k);
            Entry entry = entries.get(k);
            String what = feed.getId() + " entry " + k + " (" + e.title() + ")";
            // a tag: URI from the domain, the day and the path, not the URL itself
            assertThat(entry.getId()).as(what).isEqualTo("tag:example.org," + e.day() + ":/news/" + e.path());
            ids.add(entry.getId());
            assertThat(entry.getPublished().toInstant()).as(what).isEqualTo(e.published());
            assertThat(entry.getUpdated().toInstant()).as(what).isEqualTo(e.updated() != null ? e.updated() : e.published());
            assertThat(links(entry.getAlternateLinks(), "alternate")).as(what).containsExactly(BASE + e.path());
            assertThat(entry.getSummary().getValue()).as(what).isEqualTo(e.summary());
            assertThat(entry.getAuthors()).extracting(SyndPerson::getName).as(what).containsExactlyElementsOf(e.authors());
            assertThat(entry.getCategories()).extracting(Category::getTerm).as(what).containsExactlyElementsOf(e.tags());
            assertThat(entry.getContents()).hasSize(1);
            assertThat(entry.getContents().get(0).getType()).isEqualTo("html");
            String html = entry.getContents().get(0).getValue();
            assertThat(html).as(what).contains("<strong>bold</strong>").contains("<em>paragraph</em> &amp; more");
            // the whole body, exactly as the article page shows it
            Element onPage = site.page(e.path()).selectFirst("div.body");
            assertThat(Jsoup.parseBodyFragment(html).body().html()).as(what).isEqualTo(onPage.html());
        }
        assertThat(ids).as("entry ids are unique").hasSize(expected.size());
    }

    private static List<String> links(List<Link> links, String rel) {
        List<String> out = new ArrayList<>();
        for (Link l : links) {
            assertThat(l.getHref()).as("every link is absolute, under the base URL").startsWith(BASE);
            if (rel.equals(l.getRel() == null ? "alternate" : l.getRel())) out.add(l.getHref());
        }
        return out;
    }

    /** The generic Rome reader (what aggregators use) reads it too, with the same entries. */
    @Test
    void syndicationReaderAgrees() throws Exception {
        SyndFeed feed;
        try (XmlReader r = new XmlReader(Files.newInputStream(site.out.resolve("feed.xml")))) {
            feed = new SyndFeedInput().build(r);
        }
        assertThat(feed.getFeedType()).isEqualTo("atom_1.0");
        assertThat(feed.getEntries()).hasSize(50);
        assertThat(feed.getEntries().get(0).getLink()).isEqualTo(BASE + all.get(0).path());
        assertThat(feed.getEntries().get(0).getUri()).startsWith("tag:example.org,");
    }

    @Test
    void pagesLinkTheirFeeds() {
        assertThat(feedLinks(site.page(""))).containsExactly(BASE + "feed.xml");
        assertThat(feedLinks(site.page(all.get(0).path()))).containsExactly(BASE + "feed.xml");
        assertThat(feedLinks(site.page("tags/odd/"))).containsExactly(BASE + "feed.xml", BASE + "tags/odd/feed.xml");
        assertThat(feedLinks(site.page("tags/odd/page/2/"))).containsExactly(BASE + "feed.xml", BASE + "tags/odd/feed.xml");
        assertThat(site.page("tags/odd/").select("link[type=application/atom+xml]").get(1).attr("title")).isEqualTo("odd · Harbour & Co <News>");
    }

    private static List<String> feedLinks(Document page) {
        return page.select("head link[rel=alternate][type=application/atom+xml]").eachAttr("href");
    }

    /**
     * An article in the site's feed and in several tag feeds is rendered once, and nothing stays
     * cached after the last feed; what the feeds say is the same whether bodies are cached or not.
     */
    @Test
    void eachBodyIsRenderedOnceAcrossFeeds() throws Exception {
        var settings = SettingsFile.load(site.root.resolve("gazette.yaml"));
        Archive archive = Archive.of(new ContentReader(site.content, ZONE).read().articles(), ZONE);
        Bodies bodies = new Bodies(site.content, new MarkdownRenderer());

        Map<String, byte[]> cached = new HashMap<>();
        Feeds feeds = new Feeds(archive, settings, bodies, Instant.EPOCH, (name, bytes) -> cached.put(name, bytes));
        assertThat(feeds.writeAll()).isEqualTo(4);
        // the site feed holds the 50 newest; "all" the same 50; "odd" and 東京 only articles among them or older odd ones
        Set<String> distinct = new LinkedHashSet<>();
        for (Expected e : all.subList(0, 50)) distinct.add(e.title());
        for (Expected e : tagged("odd")) distinct.add(e.title());
        assertThat(feeds.bodiesRendered()).isEqualTo(distinct.size());
        assertThat(feeds.bodiesStillCached()).isZero();
        for (String f : List.of("feed.xml", "tags/all/feed.xml", "tags/odd/feed.xml", "tags/東京/feed.xml")) {
            assertThat(cached.get(f)).as(f).isEqualTo(Files.readAllBytes(site.out.resolve(f)));
        }

        // no room in the cache: every entry renders its body again, and the feeds do not change
        Map<String, byte[]> uncached = new HashMap<>();
        Feeds tight = new Feeds(archive, settings, bodies, Instant.EPOCH, (name, bytes) -> uncached.put(name, bytes), 0);
        tight.writeAll();
        assertThat(tight.bodiesRendered()).isEqualTo(50 + 50 + 30 + 1);
        assertThat(uncached.keySet()).isEqualTo(cached.keySet());
        for (String f : cached.keySet()) assertThat(uncached.get(f)).as(f).isEqualTo(cached.get(f));
    }
}
