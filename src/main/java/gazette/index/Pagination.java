package gazette.index;

/**
 * Splits a listing of {@code total} articles into pages of {@code size}. Pages are computed,
 * never stored, so a listing costs the same whatever its length.
 */
public record Pagination(String listing, int total, int size) {
    public int pages() {
        return Math.max(1, (total + size - 1) / size);
    }

    /** Position (in the listing) of the first article of page {@code n}, counted from 1. */
    public int first(int n) {
        return (n - 1) * size;
    }

    /** One past the last article of page {@code n}. */
    public int last(int n) {
        return Math.min(total, n * size);
    }

    public String path(int n) {
        return Paths.page(listing, n);
    }
}
