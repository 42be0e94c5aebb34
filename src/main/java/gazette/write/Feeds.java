package gazette.write;

import gazette.index.Archive;
import gazette.index.Section;
import gazette.index.TagPage;
import gazette.read.Article;
import gazette.render.Bodies;
import gazette.render.ArchivePrints;
import gazette.index.Links;
import gazette.read.NewsFields;
import gazette.index.SiteFiles;
import gazette.site.Settings;
import gazette.text.Xml;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;

/**
 * Atom feeds (RFC 4287): {@code feed.xml} with the site's latest {@value #ENTRIES} articles and
 * {@code tags/<slug>/feed.xml} with each tag's, newest first, every body in full. Needs an
 * absolute base URL: every link in a feed is absolute.
 */
public final class Feeds {
    public static final int ENTRIES = 50;

    private final Archive archive;
    private final Settings settings;
    private final Bodies bodies;
    private final Instant now;
    private final FileSink out;
    private final Links links;
    private final String host;
    private final long cacheCapChars;
    private FeedBodies feedBodies;
    private ArchivePrints fingerprints;

    /** Lets an incremental build skip feeds whose entries did not change since the last build. */
    public Feeds skipUnchanged(ArchivePrints fingerprints) {
        this.fingerprints = fingerprints;
        return this;
    }

    /** {@code now}: the build time, the feed's {@code updated} when it has no entries. */
    public Feeds(Archive archive, Settings settings, Bodies bodies, Instant now, FileSink out) {
        this(archive, settings, bodies, now, out, FeedBodies.DEFAULT_CAP_CHARS);
    }

    /** {@code cacheCapChars}: how much body text may wait in memory for a later feed. */
    Feeds(Archive archive, Settings settings, Bodies bodies, Instant now, FileSink out, long cacheCapChars) {
        if (!settings.hasAddress()) throw new IllegalArgumentException("feeds need an absolute base URL, not " + settings.baseUrl());
        this.archive = archive;
        this.settings = settings;
        this.bodies = bodies;
        this.now = now;
        this.out = out;
        this.links = new Links(settings);
        this.host = URI.create(settings.baseUrl()).getHost().toLowerCase(java.util.Locale.ROOT);
        this.cacheCapChars = cacheCapChars;
    }

    /** The articles some feed carries: the latest of the site and of each tag. */
    public static java.util.Set<String> entries(Archive archive) {
        java.util.Set<String> files = new java.util.HashSet<>();
        for (int i = 0; i < Math.min(ENTRIES, archive.size()); i++) files.add(archive.article(i).file());
        for (TagPage t : archive.tags()) for (int i : latestOf(t.articles())) files.add(archive.article(i).file());
        for (Section s : archive.sections()) for (int i : latestOf(s.articles())) files.add(archive.article(i).file());
        return files;
    }

    /** Writes every feed; returns how many. */
    public int writeAll() throws IOException {
        int[] latest = IntStream.range(0, Math.min(ENTRIES, archive.size())).toArray();
        // feeds kept from the last build need no bodies: decide first, then count what remains
        boolean siteFeed = !reused(SiteFiles.FEED, latest, settings.title());
        // a tag's feed and a section's: the latest of a listing, beside its page
        List<Listing> listings = new ArrayList<>();
        for (Section s : archive.sections()) listings.add(new Listing(SiteFiles.sectionFeed(s), s.path(), s.name() + " · " + settings.title(), latestOf(s.articles())));
        for (TagPage t : archive.tags()) listings.add(new Listing(SiteFiles.tagFeed(t.tag()), t.path(), t.tag().name() + " · " + settings.title(), latestOf(t.articles())));
        List<Listing> toWrite = new ArrayList<>();
        for (Listing l : listings) if (!reused(l.file(), l.latest(), l.title())) toWrite.add(l);
        Map<Integer, AtomicInteger> uses = new HashMap<>();
        if (siteFeed) count(latest, uses);
        for (Listing l : toWrite) count(l.latest(), uses);
        feedBodies = new FeedBodies(archive, bodies, uses, cacheCapChars);

        if (siteFeed) write(SiteFiles.FEED, "", settings.title(), latest);
        try {
            toWrite.parallelStream().forEach(l -> {
                try {
                    write(l.file(), l.path(), l.title(), l.latest());
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
        return 1 + listings.size();
    }

    /** A listing's feed: its file, its page's path, its title and its latest articles. */
    private record Listing(String file, String path, String title, int[] latest) {}

    private long fingerprint(String file, int[] entries, String title) {
        if (fingerprints == null) return 0;
        // an empty feed's "updated" is the build time
        return fingerprints.entries(file, entries, "feed", title, entries.length == 0 ? now.toString() : "");
    }

    private boolean reused(String file, int[] entries, String title) {
        return out.reuse(file, fingerprint(file, entries, title));
    }

    /** How many bodies were rendered: once per article in any feed, unless the cache overflowed. */
    int bodiesRendered() {
        return feedBodies.renders();
    }

    int bodiesStillCached() {
        return feedBodies.cached();
    }

    private static int[] latestOf(int[] articles) {
        return Arrays.copyOf(articles, Math.min(ENTRIES, articles.length));
    }

    private static void count(int[] entries, Map<Integer, AtomicInteger> uses) {
        for (int i : entries) uses.computeIfAbsent(i, k -> new AtomicInteger()).incrementAndGet();
    }

    /**
     * The entry's id, stable for the article's life: RFC 4151 {@code tag:} URI of the site's host,
     * the day it was published and its path, so it survives a change of scheme (http to https) and
     * never collides with another site's on the same host.
     */
    String entryId(int i) {
        return "tag:" + host + "," + archive.permalink(i).day() + ":" + links.link(archive.path(i));
    }

    private void write(String file, String pagePath, String title, int[] entries) throws IOException {
        var zone = settings.timeZone();
        Instant updated = null;
        for (int i : entries) {
            Instant m = NewsFields.of(archive.article(i), settings.timeZone()).modified(archive.article(i));
            if (updated == null || m.isAfter(updated)) updated = m;
        }
        StringBuilder s = new StringBuilder(16 * 1024);
        s.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
        s.append("<feed xmlns=\"http://www.w3.org/2005/Atom\" xml:lang=\"").append(Xml.escape(settings.language())).append("\">\n");
        s.append("  <id>").append(Xml.escape(links.canonical(file))).append("</id>\n");
        s.append("  <title type=\"text\">").append(Xml.escape(title)).append("</title>\n");
        if (settings.description() != null) s.append("  <subtitle type=\"text\">").append(Xml.escape(settings.description())).append("</subtitle>\n");
        // the newest change among the entries: the same content gives the same feed, whatever the clock says
        s.append("  <updated>").append(NewsFields.timestamp(updated != null ? updated : now, zone)).append("</updated>\n");
        s.append("  <author><name>").append(Xml.escape(settings.author())).append("</name></author>\n");
        s.append("  <link rel=\"self\" type=\"application/atom+xml\" href=\"").append(Xml.escape(links.canonical(file))).append("\"/>\n");
        s.append("  <link rel=\"alternate\" type=\"text/html\" href=\"").append(Xml.escape(links.canonical(pagePath))).append("\"/>\n");
        s.append("  <generator>Gazette</generator>\n");
        for (int i : entries) entry(s, i);
        s.append("</feed>\n");
        out.file(file, s.toString().getBytes(StandardCharsets.UTF_8), fingerprint(file, entries, title));
    }

    private void entry(StringBuilder s, int i) throws IOException {
        Article a = archive.article(i);
        // the article's own time: in its offset when the site names no time zone
        var zone = settings.zoneOf(a);
        NewsFields f = NewsFields.of(a, settings.timeZone());
        String url = links.canonical(archive.path(i));
        s.append("  <entry>\n");
        s.append("    <id>").append(Xml.escape(entryId(i))).append("</id>\n");
        s.append("    <title type=\"text\">").append(Xml.escape(a.title())).append("</title>\n");
        s.append("    <link rel=\"alternate\" type=\"text/html\" href=\"").append(Xml.escape(url)).append("\"/>\n");
        s.append("    <published>").append(NewsFields.timestamp(a.published(), zone)).append("</published>\n");
        s.append("    <updated>").append(NewsFields.timestamp(f.modified(a), zone)).append("</updated>\n");
        for (String name : a.authors()) s.append("    <author><name>").append(Xml.escape(name)).append("</name></author>\n");
        for (TagPage t : archive.tagsOf(i)) s.append("    <category term=\"").append(Xml.escape(t.tag().name())).append("\"/>\n");
        if (a.summary() != null) s.append("    <summary type=\"text\">").append(Xml.escape(a.summary())).append("</summary>\n");
        // xml:base: relative links in the body resolve as they do on the article's page
        s.append("    <content type=\"html\" xml:base=\"").append(Xml.escape(url)).append("\">")
                .append(feedBodies.escapedHtml(i)).append("</content>\n");
        s.append("  </entry>\n");
    }
}
