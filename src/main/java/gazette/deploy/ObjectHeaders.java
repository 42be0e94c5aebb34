package gazette.deploy;

import java.nio.file.FileSystems;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The headers a host sends with each file: its type (with the charset of text) and how long it
 * may be cached, by kind unless the settings' {@code cache_control} patterns say otherwise.
 */
final class ObjectHeaders {
    private static final Map<String, String> TYPES = Map.ofEntries(
            Map.entry("html", "text/html; charset=utf-8"),
            Map.entry("css", "text/css; charset=utf-8"),
            Map.entry("js", "text/javascript; charset=utf-8"),
            Map.entry("json", "application/json; charset=utf-8"),
            Map.entry("txt", "text/plain; charset=utf-8"),
            Map.entry("xml", "application/xml; charset=utf-8"),
            Map.entry("svg", "image/svg+xml"),
            Map.entry("jpg", "image/jpeg"),
            Map.entry("jpeg", "image/jpeg"),
            Map.entry("png", "image/png"),
            Map.entry("gif", "image/gif"),
            Map.entry("webp", "image/webp"),
            Map.entry("avif", "image/avif"),
            Map.entry("ico", "image/x-icon"),
            Map.entry("woff2", "font/woff2"),
            Map.entry("woff", "font/woff"),
            Map.entry("pdf", "application/pdf"));

    /** The settings' patterns, in order, each with its header. */
    private final List<Map.Entry<PathMatcher, String>> rules = new ArrayList<>();

    /** @param cacheControl file pattern (a glob over the site path) → Cache-Control, the first match winning */
    ObjectHeaders(Map<String, String> cacheControl) {
        cacheControl.forEach((glob, header) -> rules.add(Map.entry(FileSystems.getDefault().getPathMatcher("glob:" + glob), header)));
    }

    /** The settings' header for this file when a pattern matches it, else its kind's. */
    String cacheControl(SiteFile f) {
        Path key = Path.of(f.key());
        for (Map.Entry<PathMatcher, String> r : rules) if (r.getKey().matches(key)) return r.getValue();
        return cacheControl(f.kind());
    }

    static String contentType(String key) {
        // Atom feeds: a reader's browser then offers to subscribe instead of showing XML
        if (key.equals("feed.xml") || key.endsWith("/feed.xml")) return "application/atom+xml; charset=utf-8";
        int dot = key.lastIndexOf('.');
        String ext = dot < 0 || key.indexOf('/', dot) >= 0 ? "" : key.substring(dot + 1).toLowerCase(Locale.ROOT);
        return TYPES.getOrDefault(ext, "application/octet-stream");
    }

    /**
     * A year, immutable, for files named by their bytes; a day for articles (a correction shows
     * within one); five minutes for listings, feeds and the front page, which change with every
     * new story, and for files that keep their names when they change.
     */
    static String cacheControl(SiteFile.Kind kind) {
        return switch (kind) {
            case FINGERPRINTED -> "public, max-age=31536000, immutable";
            case ARTICLE -> "public, max-age=86400";
            case ASSET, PAGE, LISTING, HOME -> "public, max-age=300";
        };
    }
}
