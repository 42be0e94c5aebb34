package gazette.pages.model;

/**
 * Where a page stands in its paginated listing.
 *
 * @param number   this page, from 1
 * @param total    articles in the whole listing
 * @param previous the newer page's link, or null on the first
 * @param next     the older page's link, or null on the last
 * @param numbers  the pages to offer by number: the first, the last, and those near this one, in order;
 *                 a gap between them is a number 0 without a link
 */
public record Pager(int number, int pages, int total, String previous, String next, String first, String last, java.util.List<PageLink> numbers) {
    /** A page by its number; {@code url} is null for this page itself and for a gap (number 0). */
    public record PageLink(int number, String url) {}
}
