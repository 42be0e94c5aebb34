package gazette.search;

import java.util.Arrays;

/**
 * A term's postings in a term shard: the ids of the articles that have it (each times
 * {@link Relevance#LEVELS}, plus the term's level of weight in the article), ascending, written as the gaps between them, each gap
 * in base 32, lowest digit first, a digit with 32 added when more digits of the same gap follow:
 * gaps under 32 take one character. {@code search.js} decodes the same.
 */
final class Postings {
    static final String DIGITS = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz-_";

    private Postings() {}

    static void encode(IntList values, StringBuilder out) {
        int prev = 0;
        for (int k = 0; k < values.size(); k++) {
            int gap = values.get(k) - prev;
            prev = values.get(k);
            while (gap >= 32) {
                out.append(DIGITS.charAt(32 + (gap & 31)));
                gap >>>= 5;
            }
            out.append(DIGITS.charAt(gap));
        }
    }

    static int[] decode(String s) {
        IntList out = new IntList();
        int prev = 0;
        int gap = 0;
        int shift = 0;
        for (int k = 0; k < s.length(); k++) {
            int d = DIGITS.indexOf(s.charAt(k));
            gap |= (d & 31) << shift;
            if (d >= 32) {
                shift += 5;
            } else {
                prev += gap;
                out.add(prev);
                gap = 0;
                shift = 0;
            }
        }
        return out.toArray();
    }

    /** A growable int array: a term on 100,000 articles costs 400 KB, not 100,000 boxed Integers. */
    static final class IntList {
        private int[] items = new int[4];
        private int size;

        void add(int v) {
            if (size == items.length) items = Arrays.copyOf(items, size * 2);
            items[size++] = v;
        }

        int get(int k) {
            return items[k];
        }

        int size() {
            return size;
        }

        int[] toArray() {
            return Arrays.copyOf(items, size);
        }

        void sort() {
            Arrays.sort(items, 0, size);
        }
    }

    /**
     * A growable long array: a term's (article, count) pairs in one bucket, packed by
     * {@link #pair} so that sorting them sorts by article.
     */
    static final class LongList {
        private long[] items = new long[4];
        private int size;

        void add(long v) {
            if (size == items.length) items = Arrays.copyOf(items, size * 2);
            items[size++] = v;
        }

        long get(int k) {
            return items[k];
        }

        int size() {
            return size;
        }

        /**
         * Sorts the list. A term's pairs mostly come in order already (the cache's, in the order of
         * the articles) with a few after them (articles read in this build): the run in order is
         * left as it is, the rest sorted and merged into it.
         */
        void sort() {
            int run = 1;
            while (run < size && items[run - 1] <= items[run]) run++;
            if (run >= size) return;
            Arrays.sort(items, run, size);
            if (items[run - 1] <= items[run]) return;
            // merged from the back, the larger first: the tail's copy is all the room it needs
            long[] tail = Arrays.copyOfRange(items, run, size);
            int a = run - 1;
            int b = tail.length - 1;
            for (int to = size - 1; b >= 0; to--) items[to] = a >= 0 && items[a] > tail[b] ? items[a--] : tail[b--];
        }
    }

    /** An article's place and a term's count in it (at most {@link Short#MAX_VALUE}), as one sortable number. */
    static long pair(int article, int count) {
        return (long) article << 16 | count;
    }

    static int article(long pair) {
        return (int) (pair >>> 16);
    }

    static int count(long pair) {
        return (int) (pair & 0xFFFF);
    }
}
