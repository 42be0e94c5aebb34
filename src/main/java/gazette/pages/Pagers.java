package gazette.pages;

import gazette.index.Links;
import gazette.index.Pagination;
import gazette.pages.model.Pager;
import java.util.ArrayList;
import java.util.List;

/**
 * A listing page's pager, by the numbers readers see: the oldest page is 1. Apart from the
 * models, because what it may show is a rule of its own: nothing that moves as the listing grows.
 */
final class Pagers {
    private final Links links;

    Pagers(Links links) {
        this.links = links;
    }

    /**
     * Page {@code n} from the top (the newest) of listing {@code p}, by the numbers readers see: the
     * oldest page is 1. Nothing in it depends on the listing's length, so an older page's model, and
     * its file, stay the same as new stories arrive (when a page fills, the two pages below the newest
     * link it by its number and the third gains a gap).
     */
    Pager of(Pagination p, int n) {
        List<Integer> shown = numbers(p.number(n), p.pages());
        List<Pager.PageLink> numbers = new ArrayList<>(shown.size() + 1);
        // the newest page stands apart (its number moves as the listing grows): a gap before the numbers when pages lie between
        if (shown.get(0) + 1 < p.pages()) numbers.add(new Pager.PageLink(0, null));
        for (int k : shown) numbers.add(new Pager.PageLink(k, k == 0 || k == p.number(n) ? null : links.link(p.path(p.number(k)))));
        String first = links.link(p.path(1));
        return new Pager(p.number(n), n == 1, n > 1 ? links.link(p.path(n - 1)) : null, n < p.pages() ? links.link(p.path(n + 1)) : null,
                first, links.link(p.path(p.pages())), shown.get(0) == p.pages() ? null : first, List.copyOf(numbers));
    }

    /**
     * The page numbers to offer on page {@code k} of {@code pages}, newest first: up to two newer
     * pages, two older, the oldest (1) and, the further back the page is, a jump: the multiples of
     * 10 up to three tens older, of 100 up to three hundreds older, and so on, each order while the
     * page has at least twice as many pages behind it. So the newest of 5,000 offers 5000 4999 4998
     * 4990 4980 4970 4900 4800 4700 4000 3000 2000 1, and any page is a few clicks away. Nothing
     * newer than two pages up is offered, since those numbers move as the listing grows (the
     * pager's {@code latest} link stands for the newest). A gap (0) where pages are skipped.
     */
    static List<Integer> numbers(int k, int pages) {
        java.util.TreeSet<Integer> shown = new java.util.TreeSet<>(java.util.Comparator.reverseOrder());
        shown.add(1);
        for (long j = Math.max(1, k - 2L); j <= Math.min(pages, k + 2L); j++) shown.add((int) j);
        for (long step = 10; step * 2 <= k; step *= 10) {
            for (long m = Math.max(step, (k - 3 * step + step - 1) / step * step); m < k; m += step) shown.add((int) m);
        }
        List<Integer> out = new ArrayList<>(shown.size() * 2);
        int last = 0;
        for (int j : shown) {
            if (last > 0 && j < last - 1) out.add(0);
            out.add(j);
            last = j;
        }
        return out;
    }
}
