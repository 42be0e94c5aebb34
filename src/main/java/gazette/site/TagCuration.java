package gazette.site;

import java.util.Locale;
import java.util.Map;

/**
 * How an archive's tags are kept in order: names that mean one tag, the least number of articles
 * a tag needs for a page of its own, and how many a teaser shows.
 *
 * @param aliases    {@code tag_aliases}: a name (compared without regard to case) and the tag it is
 *                   ({@code Tories: Conservatives}), keys lower-cased
 * @param minWritten {@code tag_min_articles.written}: for a tag an author wrote on some article
 * @param minDerived {@code tag_min_articles.derived}: for a tag found only in scraped text's words
 * @param chips      {@code tag_chips}: the most tags a listing shows under a headline
 */
public record TagCuration(Map<String, String> aliases, int minWritten, int minDerived, int chips) {
    public static final int MAX_MIN_ARTICLES = 1000;
    public static final int MAX_CHIPS = 50;
    public static final TagCuration DEFAULT = new TagCuration(Map.of(), 1, 2, 3);

    public TagCuration {
        Map<String, String> lower = new java.util.LinkedHashMap<>();
        aliases.forEach((k, v) -> lower.put(k.toLowerCase(Locale.ROOT), v));
        aliases = java.util.Collections.unmodifiableMap(lower);
    }

    /** The tag a name stands for: its alias's, or itself. */
    public String canonical(String name) {
        if (aliases.isEmpty()) return name;
        String to = aliases.get(name.toLowerCase(Locale.ROOT));
        return to == null ? name : to;
    }
}
