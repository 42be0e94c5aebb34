package gazette.search;

/**
 * Article keys (64-bit fingerprints) to numbers, without a boxed {@code Long} apiece: a
 * million-article archive's keys take 16 MB, not a hundred.
 */
final class KeyTable {
    private static final long FREE = 0;
    private final long[] keys;
    private final int[] values;
    private final int mask;
    /** Key 0 cannot mark a free slot and its own value at once: it is kept aside. */
    private int zero = -1;

    KeyTable(int expected) {
        // at most half full, so that a probe finds a free slot soon
        int slots = Integer.highestOneBit(Math.max(4, expected) * 2 - 1) << 1;
        keys = new long[slots];
        values = new int[slots];
        mask = slots - 1;
    }

    /** Maps {@code key} to {@code value} unless it is mapped already; false then. */
    boolean putIfAbsent(long key, int value) {
        if (key == FREE) {
            if (zero >= 0) return false;
            zero = value;
            return true;
        }
        int s = slot(key);
        while (keys[s] != FREE) {
            if (keys[s] == key) return false;
            s = (s + 1) & mask;
        }
        keys[s] = key;
        values[s] = value;
        return true;
    }

    /** The value of {@code key}, or -1. */
    int get(long key) {
        if (key == FREE) return zero;
        for (int s = slot(key); keys[s] != FREE; s = (s + 1) & mask) if (keys[s] == key) return values[s];
        return -1;
    }

    private int slot(long key) {
        // the keys are hashes already; the mixing spreads keys that differ only in their high bits
        long h = key * 0x9E3779B97F4A7C15L;
        return (int) (h >>> 32) & mask;
    }
}
