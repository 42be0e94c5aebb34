package gazette.pages.model;

/** A tag, its page's link and how many articles it has. */
public record TagCount(String name, String url, int count) {}
