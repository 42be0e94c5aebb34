package gazette.site;

import gazette.read.ContentException;
import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.IllformedLocaleException;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.snakeyaml.engine.v2.api.Load;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.exceptions.MarkedYamlEngineException;
import org.snakeyaml.engine.v2.exceptions.YamlEngineException;

/** Reads the small YAML settings file; a missing file means all defaults. */
public final class SettingsFile {
    private static final Set<String> KEYS = Set.of("title", "base_url", "language", "timezone", "page_size",
            "description", "publisher", "author", "tag_rules", "tag_stop_list", "markdown_raw_html", "duplicates", "render_timeout",
            "publish_originals", "sections", "section_nav", "month_page_size", "tag_aliases", "tag_min_articles", "tag_chips",
            "cache_control");

    private SettingsFile() {}

    /**
     * {@code cache_control:} the Cache-Control header {@code gazette deploy} gives the files
     * whose site path matches each glob ({@code "tags/**": "public, max-age=60"}), in the file's
     * order, the first match winning; empty when the settings give none. Not part of
     * {@link Settings}: it shapes no page, so changing it rebuilds nothing.
     */
    public static Map<String, String> cacheControl(Path file) throws ContentException {
        Map<?, ?> map = yaml(file);
        return map == null ? Map.of() : cacheControl(map, file.toString());
    }

    private static Map<String, String> cacheControl(Map<?, ?> map, String where) throws ContentException {
        Object v = map.get("cache_control");
        if (v == null) return Map.of();
        if (!(v instanceof Map<?, ?> rules)) throw new ContentException(where, 1, "cache_control: must map file patterns to headers, as \"tags/**\": \"public, max-age=60\"");
        Map<String, String> out = new java.util.LinkedHashMap<>();
        for (Map.Entry<?, ?> e : rules.entrySet()) {
            String glob = String.valueOf(e.getKey());
            if (!(e.getValue() instanceof String header) || header.isBlank() || header.chars().anyMatch(c -> c < 0x20 || c == 0x7f)) {
                throw new ContentException(where, 1, "cache_control: '" + glob + "' must map to a header value on one line, such as \"public, max-age=60\"");
            }
            try {
                java.nio.file.FileSystems.getDefault().getPathMatcher("glob:" + glob);
            } catch (IllegalArgumentException bad) {
                throw new ContentException(where, 1, "cache_control: '" + glob + "' is not a file pattern (" + bad.getMessage().lines().findFirst().orElse("") + ")");
            }
            out.put(glob, header.strip());
        }
        return out;
    }

    /** The settings file's mapping, or null when there is no file or it is empty. */
    private static Map<?, ?> yaml(Path file) throws ContentException {
        if (file == null || !Files.isRegularFile(file)) return null;
        String where = file.toString();
        Object root;
        try {
            String text = Files.readString(file, StandardCharsets.UTF_8);
            root = new Load(LoadSettings.builder().setLabel(where).build()).loadFromString(text);
        } catch (MarkedYamlEngineException e) {
            int line = e.getProblemMark().map(m -> m.getLine() + 1).orElse(1);
            throw new ContentException(where, line, "broken YAML: " + e.getProblem());
        } catch (YamlEngineException | IOException e) {
            throw new ContentException(where, 1, "cannot read settings: " + e.getMessage());
        }
        if (root == null) return null;
        if (!(root instanceof Map<?, ?> map)) throw new ContentException(where, 1, "settings must be a YAML mapping of keys to values");
        return map;
    }

    public static Settings load(Path file) throws ContentException {
        Settings d = Settings.defaults();
        Map<?, ?> map = yaml(file);
        if (map == null) return d;
        String where = file.toString();
        for (Object key : map.keySet()) {
            if (!KEYS.contains(String.valueOf(key))) {
                throw new ContentException(where, 1, "unknown setting '" + key + "' (known: " + String.join(", ", KEYS.stream().sorted().toList()) + ")");
            }
        }
        cacheControl(map, where); // checked with the rest, though only deploy reads it
        String title = text(map, "title", d.title());
        String baseUrl = baseUrl(where, text(map, "base_url", d.baseUrl()));
        String language = language(where, text(map, "language", d.language()));
        ZoneId zone;
        try {
            zone = ZoneId.of(text(map, "timezone", d.timeZone().getId()));
        } catch (DateTimeException e) {
            throw new ContentException(where, 1, "timezone: unknown time zone '" + map.get("timezone") + "' (use a name like Europe/London or UTC)");
        }
        int pageSize = wholeNumber(where, map, "page_size", d.pageSize(), Settings.MAX_PAGE_SIZE);
        int renderTimeout = wholeNumber(where, map, "render_timeout", d.renderTimeout(), Settings.MAX_RENDER_TIMEOUT);
        String description = text(map, "description", null);
        if (description != null && description.isBlank()) description = null;
        return new Settings(title, baseUrl, language, zone, pageSize, description,
                text(map, "publisher", title), text(map, "author", title), tagRules(where, map), tagStopList(where, map),
                escapeMarkdownHtml(where, map), map.get("timezone") != null, duplicates(where, map), renderTimeout,
                yesOrNo(where, map, "publish_originals", d.publishOriginals()), sectionSource(where, map),
                wholeNumberFrom(where, map, "section_nav", d.sectionNav(), 0, Settings.MAX_SECTION_NAV),
                wholeNumber(where, map, "month_page_size", d.monthPageSize(), Settings.MAX_MONTH_PAGE_SIZE), tagCuration(where, map));
    }

    /** A whole number from 1 to max; a Long or BigInteger beyond int is out of range, not cut to 32 bits (4294967297 is not 1). */
    private static int wholeNumber(String where, Map<?, ?> map, String key, int fallback, int max) throws ContentException {
        return wholeNumberFrom(where, map, key, fallback, 1, max);
    }

    /**
     * A language tag as browsers and {@code Intl} read it (BCP 47: {@code en}, {@code en-GB},
     * {@code zh-Hant-TW}); {@code en_US}, as Java and POSIX write it, is accepted as {@code en-US}.
     * The language must be a real ISO 639 one and the region a real ISO 3166 or UN M.49 one.
     */
    static String language(String where, String value) throws ContentException {
        String tag = value.strip().replace('_', '-');
        Locale locale;
        try {
            locale = new Locale.Builder().setLanguageTag(tag).build();
        } catch (IllformedLocaleException e) {
            locale = null;
        }
        boolean real = locale != null && !locale.getLanguage().isEmpty()
                && (Set.of(Locale.getISOLanguages()).contains(locale.getLanguage()) || knownThreeLetter(locale.getLanguage()))
                && (locale.getCountry().isEmpty() || locale.getCountry().matches("[0-9]{3}") || Set.of(Locale.getISOCountries()).contains(locale.getCountry()));
        if (!real) {
            throw new ContentException(where, 1, "language: '" + value + "' is not a language tag (use one like en, en-GB, fr, ja or zh-Hant)");
        }
        return locale.toLanguageTag();
    }

    /** A three-letter ISO 639 code Java knows by name (fil, haw), not any three letters. */
    private static boolean knownThreeLetter(String code) {
        return code.length() == 3 && !Locale.forLanguageTag(code).getDisplayLanguage(Locale.ENGLISH).equals(code);
    }

    /**
     * A base URL is either a path ("/news/") or an absolute http(s) address. Scheme and host are
     * case-insensitive, so {@code HTTPS://Example.org/} is taken, and written as {@code https://example.org/}.
     */
    public static String baseUrl(String where, String baseUrl) throws ContentException {
        try {
            URI uri = new URI(baseUrl);
            String scheme = uri.getScheme() == null ? null : uri.getScheme().toLowerCase(Locale.ROOT);
            boolean absolute = scheme != null;
            if (absolute && !(scheme.equals("http") || scheme.equals("https")) || absolute && uri.getHost() == null
                    || !absolute && !baseUrl.startsWith("/") || uri.getQuery() != null || uri.getFragment() != null || uri.getRawUserInfo() != null) {
                throw new URISyntaxException(baseUrl, "not an http(s) address or a path starting with /");
            }
            if (!absolute) return baseUrl;
            String host = uri.getHost().toLowerCase(Locale.ROOT);
            // scheme://host, the rest exactly as written (a path's case matters)
            int afterHost = baseUrl.indexOf(uri.getRawAuthority(), scheme.length()) + uri.getRawAuthority().length();
            return scheme + "://" + host + (uri.getPort() == -1 ? "" : ":" + uri.getPort()) + baseUrl.substring(afterHost);
        } catch (URISyntaxException e) {
            throw new ContentException(where, 1, "base_url: '" + baseUrl + "' is not an http(s) address or a path starting with /");
        }
    }

    private static Duplicates duplicates(String where, Map<?, ?> map) throws ContentException {
        Object v = map.get("duplicates");
        if (v == null) return Duplicates.KEEP;
        for (Duplicates d : Duplicates.values()) if (d.name().toLowerCase(java.util.Locale.ROOT).equals(v)) return d;
        throw new ContentException(where, 1, "duplicates: must be 'keep' (publish both), 'skip' (leave the later out) or 'link' (the later one's canonical link names the first), not '" + v + "'");
    }

    private static TagCuration tagCuration(String where, Map<?, ?> map) throws ContentException {
        TagCuration d = TagCuration.DEFAULT;
        Map<String, String> aliases = new java.util.LinkedHashMap<>();
        Object v = map.get("tag_aliases");
        if (v != null) {
            if (!(v instanceof Map<?, ?> m)) throw new ContentException(where, 1, "tag_aliases: must map names to the tag they are, e.g. {Tories: Conservatives}");
            for (Map.Entry<?, ?> e : m.entrySet()) {
                if (e.getKey() == null || e.getValue() == null || e.getValue() instanceof Map || e.getValue() instanceof java.util.List
                        || String.valueOf(e.getValue()).isBlank()) {
                    throw new ContentException(where, 1, "tag_aliases: '" + e.getKey() + "' must map to one tag name");
                }
                aliases.put(String.valueOf(e.getKey()), String.valueOf(e.getValue()));
            }
        }
        int written = d.minWritten();
        int derived = d.minDerived();
        Object min = map.get("tag_min_articles");
        if (min instanceof Integer n) {
            if (n < 1 || n > TagCuration.MAX_MIN_ARTICLES) throw new ContentException(where, 1, "tag_min_articles: must be a whole number from 1 to " + TagCuration.MAX_MIN_ARTICLES + ", not '" + n + "'");
            written = n;
            derived = n;
        } else if (min instanceof Map<?, ?> m) {
            for (Object key : m.keySet()) {
                if (!"written".equals(key) && !"derived".equals(key)) throw new ContentException(where, 1, "tag_min_articles: knows 'written' and 'derived', not '" + key + "'");
            }
            written = wholeNumber(where, m, "written", written, TagCuration.MAX_MIN_ARTICLES);
            derived = wholeNumber(where, m, "derived", derived, TagCuration.MAX_MIN_ARTICLES);
        } else if (min != null) {
            throw new ContentException(where, 1, "tag_min_articles: must be a whole number, or {written: 1, derived: 2}, not '" + min + "'");
        }
        int chips = wholeNumberFrom(where, map, "tag_chips", d.chips(), 0, TagCuration.MAX_CHIPS);
        return new TagCuration(aliases, written, derived, chips);
    }

    private static SectionSource sectionSource(String where, Map<?, ?> map) throws ContentException {
        Object v = map.get("sections");
        if (v == null || "auto".equals(v)) return SectionSource.AUTO;
        if ("folders".equals(v)) return SectionSource.FOLDERS;
        if ("front_matter".equals(v)) return SectionSource.FRONT_MATTER;
        throw new ContentException(where, 1, "sections: must be 'auto' (folders are sections when every article is in one that is not a date),"
                + " 'folders' or 'front_matter' (only section: in the front matter), not '" + v + "'");
    }

    private static int wholeNumberFrom(String where, Map<?, ?> map, String key, int fallback, int min, int max) throws ContentException {
        Object v = map.get(key);
        if (v == null) return fallback;
        if (!(v instanceof Integer n) || n < min || n > max) {
            throw new ContentException(where, 1, key + ": must be a whole number from " + min + " to " + max + ", not '" + v + "'");
        }
        return n;
    }

    private static boolean yesOrNo(String where, Map<?, ?> map, String key, boolean fallback) throws ContentException {
        Object v = map.get(key);
        if (v == null) return fallback;
        if (!(v instanceof Boolean b)) throw new ContentException(where, 1, key + ": must be true or false, not '" + v + "'");
        return b;
    }

    private static boolean escapeMarkdownHtml(String where, Map<?, ?> map) throws ContentException {
        Object v = map.get("markdown_raw_html");
        if (v == null || "pass".equals(v)) return false;
        if ("escape".equals(v)) return true;
        throw new ContentException(where, 1, "markdown_raw_html: must be 'pass' (editors are trusted) or 'escape' (shown as text), not '" + v + "'");
    }

    private static Map<String, String> tagRules(String where, Map<?, ?> map) throws ContentException {
        Object v = map.get("tag_rules");
        if (v == null) return Map.of();
        if (!(v instanceof Map<?, ?> rules)) throw new ContentException(where, 1, "tag_rules: must map words or names to tags, e.g. {Kremlin: Russia}");
        Map<String, String> out = new java.util.LinkedHashMap<>();
        for (Map.Entry<?, ?> e : rules.entrySet()) {
            if (e.getKey() == null || e.getValue() == null || e.getValue() instanceof Map || e.getValue() instanceof java.util.List) {
                throw new ContentException(where, 1, "tag_rules: '" + e.getKey() + "' must map to one tag name");
            }
            out.put(String.valueOf(e.getKey()), String.valueOf(e.getValue()));
        }
        return out;
    }

    private static Set<String> tagStopList(String where, Map<?, ?> map) throws ContentException {
        Object v = map.get("tag_stop_list");
        if (v == null) return Set.of();
        if (!(v instanceof java.util.List<?> list)) throw new ContentException(where, 1, "tag_stop_list: must be a list of names");
        Set<String> out = new java.util.LinkedHashSet<>();
        for (Object o : list) if (o != null) out.add(String.valueOf(o));
        return out;
    }

    private static String text(Map<?, ?> map, String key, String fallback) {
        Object v = map.get(key);
        return v == null ? fallback : String.valueOf(v);
    }
}
