package gazette.pages.model;

/** A tag, its page's link and how many articles it has (missing on a listing's older pages,
 * which then never change as it grows). */
public record TagCount(String name, String url, Integer count) {}
