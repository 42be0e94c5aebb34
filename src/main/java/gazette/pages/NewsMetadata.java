package gazette.pages;

import gazette.index.Archive;
import gazette.index.Links;
import gazette.index.TagPage;
import gazette.pages.model.PageInfo.MetaProperty;
import gazette.read.NewsFields;
import gazette.read.Article;
import gazette.site.Settings;
import gazette.text.Json;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What an article page tells search engines and social sites: schema.org {@code NewsArticle} as
 * JSON-LD and Open Graph properties; other pages get the Open Graph basics of a website.
 */
final class NewsMetadata {
    private final Settings settings;
    private final Archive archive;
    private final Links links;
    private final LeadPictures leads;

    NewsMetadata(Settings settings, Archive archive, Links links, LeadPictures leads) {
        this.settings = settings;
        this.archive = archive;
        this.links = links;
        this.leads = leads;
    }

    /** The article's image: for its lead picture ({@link LeadPictures#of}), its widest derivative; else as {@link #image(String)}. */
    String image(gazette.pictures.Pictures.Published lead, NewsFields f) {
        if (lead != null) return links.canonical(lead.widest().path());
        // a lead picture beside the article that could not be published (--keep-going): none, rather than an address of nothing
        return f.image() == null || leads.isLocal(f) ? null : image(f.image());
    }

    /** An image given as a URL stays one; anything else is a path inside the site, with or without a leading '/'. */
    String image(String image) {
        if (image.startsWith("http://") || image.startsWith("https://")) return image;
        String path = image;
        while (path.startsWith("/")) path = path.substring(1);
        return links.canonical(path);
    }

    /**
     * What an article's JSON-LD is made of, besides the settings: it is made when the page is
     * rendered, and fingerprinted by this record until then.
     */
    public record Source(Article article, String path, List<String> keywords, gazette.pictures.Pictures.Published lead, String section) {}

    /** @param path the page's canonical path; {@code lead}: its lead picture, or null */
    Source source(int i, String path, gazette.pictures.Pictures.Published lead) {
        List<TagPage> tags = archive.tagsOf(i);
        List<String> keywords = new ArrayList<>(tags.size());
        for (TagPage t : tags) keywords.add(t.tag().name());
        return new Source(archive.article(i), path, keywords, lead, section(i));
    }

    /** Article i's section as the archive names it (its front matter's, or its folder's), or null. */
    private String section(int i) {
        gazette.index.Section s = archive.sectionOf(i);
        return s == null ? null : s.name();
    }

    String jsonLd(Source source) {
        Article a = source.article();
        NewsFields f = NewsFields.of(a, settings.timeZone());
        String url = links.canonical(source.path());
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("@context", "https://schema.org");
        m.put("@type", "NewsArticle");
        m.put("mainEntityOfPage", map("@type", "WebPage", "@id", url));
        m.put("url", url);
        m.put("headline", a.title());
        if (a.summary() != null) m.put("description", Models.description(a.summary()));
        m.put("datePublished", NewsFields.timestamp(a.published(), settings.zoneOf(a)));
        // with no update given, the article is as it was published
        m.put("dateModified", NewsFields.timestamp(f.modified(a), settings.zoneOf(a)));
        if (!a.authors().isEmpty()) {
            List<Object> authors = new ArrayList<>();
            for (String name : a.authors()) authors.add(map("@type", "Person", "name", name));
            m.put("author", authors);
        }
        Map<String, Object> publisher = map("@type", "Organization", "name", settings.publisher());
        if (settings.hasAddress()) publisher.put("url", settings.baseUrl());
        m.put("publisher", publisher);
        gazette.pictures.Pictures.Published lead = source.lead();
        if (lead != null) {
            Map<String, Object> img = map("@type", "ImageObject", "url", links.canonical(lead.widest().path()));
            img.put("width", lead.widest().width());
            img.put("height", lead.widest().height());
            m.put("image", List.of(img));
        } else if (f.image() != null && !leads.isLocal(f)) {
            m.put("image", List.of(image(f.image())));
        }
        if (!source.keywords().isEmpty()) m.put("keywords", source.keywords());
        if (source.section() != null) m.put("articleSection", source.section());
        m.put("inLanguage", settings.language());
        return Json.inHtml(m);
    }

    /** Open Graph for an article, in the order the protocol lists them; article:tag repeats. {@code path}: its canonical path. */
    List<MetaProperty> openGraph(int i, NewsFields f, String path, gazette.pictures.Pictures.Published lead) {
        Article a = archive.article(i);
        List<MetaProperty> og = new ArrayList<>();
        add(og, "og:title", a.title());
        add(og, "og:type", "article");
        add(og, "og:url", links.canonical(path));
        if (a.summary() != null) add(og, "og:description", Models.description(a.summary()));
        add(og, "og:site_name", settings.title());
        if (lead != null) {
            add(og, "og:image", links.canonical(lead.widest().path()));
            add(og, "og:image:width", String.valueOf(lead.widest().width()));
            add(og, "og:image:height", String.valueOf(lead.widest().height()));
        } else if (f.image() != null && !leads.isLocal(f)) {
            add(og, "og:image", image(f.image()));
        }
        add(og, "article:published_time", NewsFields.timestamp(a.published(), settings.zoneOf(a)));
        if (f.updated() != null) add(og, "article:modified_time", NewsFields.timestamp(f.updated(), settings.zoneOf(a)));
        if (section(i) != null) add(og, "article:section", section(i));
        for (TagPage t : archive.tagsOf(i)) add(og, "article:tag", t.tag().name());
        return og;
    }

    /** Listings and the other pages: the site as a website. */
    List<MetaProperty> openGraphWebsite(String title, String path) {
        List<MetaProperty> og = new ArrayList<>();
        add(og, "og:title", title);
        add(og, "og:type", "website");
        add(og, "og:url", links.canonical(path));
        if (settings.description() != null) add(og, "og:description", Models.description(settings.description()));
        add(og, "og:site_name", settings.title());
        return og;
    }

    private static void add(List<MetaProperty> og, String property, String content) {
        og.add(new MetaProperty(property, content));
    }

    private static Map<String, Object> map(String k1, Object v1, String k2, Object v2) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put(k1, v1);
        m.put(k2, v2);
        return m;
    }
}
