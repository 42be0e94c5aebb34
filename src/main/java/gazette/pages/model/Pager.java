package gazette.pages.model;

/**
 * Where a page stands in its paginated listing. Listings are numbered from the oldest page, and
 * nothing here depends on how long the listing is, so an older page stays the same as it grows.
 *
 * @param number   this page's number: the oldest page is 1
 * @param newest   whether this is the newest page, at the listing's own address
 * @param previous the newer page's link, or null on the newest
 * @param next     the older page's link, or null on the oldest
 * @param first    the newest page's link (the listing's own address)
 * @param last     the oldest page's link (page 1)
 * @param latest   the newest page's link when {@code numbers} stop short of it, else null
 * @param numbers  the pages to offer by number, newest first: up to two either side of this one,
 *                 the oldest, and a jump back through a long listing; a gap between them is a
 *                 number 0 without a link
 */
public record Pager(int number, boolean newest, String previous, String next, String first, String last, String latest,
        java.util.List<PageLink> numbers) {
    /** A page by its number; {@code url} is null for this page itself and for a gap (number 0). */
    public record PageLink(int number, String url) {}
}
