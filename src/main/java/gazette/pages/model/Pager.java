package gazette.pages.model;

/**
 * Where a page stands in its paginated listing.
 *
 * @param number   this page, from 1
 * @param total    articles in the whole listing
 * @param previous the newer page's link, or null on the first
 * @param next     the older page's link, or null on the last
 */
public record Pager(int number, int pages, int total, String previous, String next, String first, String last) {}
