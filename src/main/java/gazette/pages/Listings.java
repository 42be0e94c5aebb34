package gazette.pages;

import gazette.index.Pagination;
import java.util.Arrays;
import java.util.function.IntFunction;

/**
 * Paginated listings (the days, the tags) laid end to end, so that their pages are numbered
 * 0, 1, 2, … across all of them: page k is page n of listing g. Only the first page number of
 * each listing is stored.
 */
final class Listings {
    private final Pagination[] listings;
    private final int[] firstPage;

    private Listings(Pagination[] listings) {
        this.listings = listings;
        this.firstPage = new int[listings.length + 1];
        for (int g = 0; g < listings.length; g++) firstPage[g + 1] = firstPage[g] + listings[g].pages();
    }

    /** {@code count} listings, listing g of {@code pagination.apply(g)}. */
    static Listings of(int count, IntFunction<Pagination> pagination) {
        Pagination[] p = new Pagination[count];
        for (int g = 0; g < count; g++) p[g] = pagination.apply(g);
        return new Listings(p);
    }

    int pages() {
        return firstPage[listings.length];
    }

    /** The listing page k belongs to. */
    int listing(int k) {
        int g = Arrays.binarySearch(firstPage, k);
        // several listings cannot start at one page (each has at least one), so a hit is that listing's first page
        return g >= 0 ? g : -g - 2;
    }

    Pagination pagination(int g) {
        return listings[g];
    }

    /** Page k's number in its listing, from 1. */
    int number(int k) {
        return k - firstPage[listing(k)] + 1;
    }

    String path(int k) {
        return listings[listing(k)].path(number(k));
    }
}
