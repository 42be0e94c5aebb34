package gazette.index;

/**
 * Splits a listing of {@code total} articles (newest first) into pages of {@code size}, numbered
 * from the oldest: page 1 holds the oldest articles and, once full, never changes, so a new story
 * rewrites the listing's newest page alone, not every page after it (a deploy uploads one page, a
 * CDN keeps the rest cached). The listing's own address shows the newest page, which holds the
 * articles past the last full page too: between {@code size} and 2·{@code size}−1 of them.
 *
 * <p>Callers count pages from the top: {@code n} = 1 is the newest page (the listing's address),
 * {@code n} = {@link #pages()} the oldest; {@link #number} is the number a reader sees. Pages are
 * computed, never stored, so a listing costs the same whatever its length.
 */
public record Pagination(String listing, int total, int size) {
    public int pages() {
        return Math.max(1, total / size);
    }

    /** The number page {@code n} (from the top) has in its address and its title: the oldest is 1. */
    public int number(int n) {
        return pages() - n + 1;
    }

    /** Position (in the listing, newest first) of the first article of page {@code n} from the top. */
    public int first(int n) {
        return n == 1 ? 0 : total - number(n) * size;
    }

    /** One past the last article of page {@code n} from the top. */
    public int last(int n) {
        return total - (number(n) - 1) * size;
    }

    /** The address of page {@code n} from the top: the listing's own for the newest. */
    public String path(int n) {
        return n == 1 ? listing : Paths.page(listing, number(n));
    }
}
