package gazette.read;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;

/**
 * The front matter keys news metadata needs beyond {@link Article}'s fields: {@code updated}
 * (or {@code lastmod}), {@code image} and {@code section}. They stay in {@link Article#params()}
 * and are read here when a page, feed or sitemap asks, so a million articles cost no extra memory.
 *
 * @param updated  when the article was last changed, never before its publication; null when not given
 * @param updatedTimed  false when the update gave only a day
 * @param image    the image's address as written (a URL, or a path within the site), or null
 * @param section  the section (schema.org articleSection), or null
 */
public record NewsFields(Instant updated, boolean updatedTimed, String image, String section) {
    /** Seconds always present and the zone's offset: what RFC 3339 (Atom), W3C-DTF (sitemaps) and schema.org accept alike. */
    private static final DateTimeFormatter TIMESTAMP = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ssXXX");

    public static final List<String> UPDATED_KEYS = List.of("updated", "lastmod");

    private static final NewsFields NONE = new NewsFields(null, false, null, null);

    /** A news key whose value cannot be used: which key, and what is wrong with it. */
    public static final class Invalid extends Exception {
        private final String key;

        Invalid(String key, String problem) {
            super(key + ": " + problem, null, false, false);
            this.key = key;
        }

        public String key() {
            return key;
        }
    }

    /**
     * The fields of an article the read stage accepted: it checked them ({@link #parse}), so
     * they are good.
     */
    public static NewsFields of(Article a, ZoneId zone) {
        if (a.params().isEmpty()) return NONE;
        try {
            return parse(a.params(), a.published(), zone);
        } catch (Invalid e) {
            throw new IllegalStateException(a.file() + ": " + e.getMessage() + " (the read stage lets no such article through)", e);
        }
    }

    /** Reads the keys from front matter; {@code published} bounds the update from below. */
    static NewsFields parse(Map<String, Object> p, Instant published, ZoneId zone) throws Invalid {
        if (p.isEmpty()) return NONE;
        Instant updated = null;
        boolean timed = false;
        for (String key : UPDATED_KEYS) {
            String text = scalar(p, key);
            if (text == null || text.isBlank()) continue;
            try {
                Dates.When when = Dates.parse(text, zone);
                updated = when.instant();
                timed = when.timed();
            } catch (DateTimeException e) {
                throw new Invalid(key, e.getMessage());
            }
            if (updated.isBefore(published)) updated = published; // modified before published would be nonsense to a crawler
            break; // updated wins over lastmod
        }
        String image = scalar(p, "image");
        String section = scalar(p, "section");
        return new NewsFields(updated, timed, blankToNull(image), blankToNull(section));
    }

    /** The section an article's front matter names, or null (a list or mapping there is a problem found when it is read). */
    public static String section(Article a) {
        Object v = a.params().get("section");
        if (v == null || v instanceof Map || v instanceof java.util.Collection) return null;
        return blankToNull(String.valueOf(v));
    }

    /** When the article last changed: its update if given, else its publication. */
    public Instant modified(Article a) {
        return updated != null ? updated : a.published();
    }

    /** {@code 2024-03-07T09:30:00+01:00}: the instant in the given zone, seconds included. */
    public static String timestamp(Instant t, ZoneId zone) {
        return TIMESTAMP.format(t.atZone(zone));
    }

    public static String timestamp(java.time.ZonedDateTime t) {
        return TIMESTAMP.format(t);
    }

    private static String scalar(Map<String, Object> p, String key) throws Invalid {
        Object v = p.get(key);
        if (v == null) return null;
        if (v instanceof Map || v instanceof java.util.Collection) throw new Invalid(key, "must be a single value, not a list or mapping");
        return String.valueOf(v);
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
