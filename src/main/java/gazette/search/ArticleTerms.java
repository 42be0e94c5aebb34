package gazette.search;

/**
 * One article's terms, each with its weighted count, as the index takes them ({@link TermBuckets}):
 * a table open to the characters of a word, so that a plain ASCII word already seen in the article
 * costs no string of its own ({@link SearchTerms#count}). One a thread, cleared for each article.
 */
final class ArticleTerms {
    private String[] keys = new String[1024];
    private int[] counts = new int[1024];
    /** The slots in use, in the order their terms came. */
    private int[] used = new int[512];
    private int size;
    private int words;
    /** Where a word is lower-cased and cut to its stem. */
    private char[] buffer = new char[64];

    /** Empties the table for the next article. */
    void clear() {
        for (int k = 0; k < size; k++) keys[used[k]] = null;
        size = 0;
        words = 0;
    }

    /** The number of distinct terms. */
    int size() {
        return size;
    }

    /** The number of words counted, filters not included: the article's length, for {@link Relevance}. */
    int words() {
        return words;
    }

    /** The {@code k}th distinct term, in the order they came. */
    String term(int k) {
        return keys[used[k]];
    }

    int count(int k) {
        return counts[used[k]];
    }

    /** A word that occurs once more, where it counts {@code weight}. */
    void add(String term, int weight) {
        words++;
        int s = slot(term); // first: a new term may grow the table, and the counts with it
        counts[s] += weight;
    }

    /** A filter term ("year:2004"): no word of the text, so it adds no length and no weight. */
    void addFilter(String term) {
        slot(term);
    }

    /** The word in {@code chars[0, length)}, lower-cased and cut to its stem, once more. */
    void add(char[] chars, int length, int weight) {
        words++;
        int h = 0;
        for (int k = 0; k < length; k++) h = 31 * h + chars[k]; // String's own hash: a stored term's is kept in it
        int mask = keys.length - 1;
        for (int s = spread(h) & mask; ; s = s + 1 & mask) {
            String key = keys[s];
            if (key == null) {
                int at = insert(s, new String(chars, 0, length)); // first: the table may grow
                counts[at] += weight;
                return;
            }
            if (key.hashCode() == h && same(key, chars, length)) {
                counts[s] += weight;
                return;
            }
        }
    }

    /** A buffer of at least {@code length} characters, this table's own. */
    char[] buffer(int length) {
        if (buffer.length < length) buffer = new char[Math.max(length, buffer.length * 2)];
        return buffer;
    }

    private static boolean same(String key, char[] chars, int length) {
        if (key.length() != length) return false;
        for (int k = 0; k < length; k++) if (key.charAt(k) != chars[k]) return false;
        return true;
    }

    private static int spread(int h) {
        return h ^ h >>> 16;
    }

    private int slot(String term) {
        int mask = keys.length - 1;
        for (int s = spread(term.hashCode()) & mask; ; s = s + 1 & mask) {
            String key = keys[s];
            if (key == null) return insert(s, term);
            if (key.equals(term)) return s;
        }
    }

    /** Puts a new term in slot {@code s}; returns its slot, which a growing table moves. */
    private int insert(int s, String term) {
        keys[s] = term;
        counts[s] = 0;
        if (size == used.length) used = java.util.Arrays.copyOf(used, size * 2);
        used[size++] = s;
        if (size * 2 <= keys.length) return s;
        grow();
        return used[size - 1];
    }

    /** Twice the slots, the terms placed again in the order they came. */
    private void grow() {
        String[] oldKeys = keys;
        int[] oldCounts = counts;
        keys = new String[oldKeys.length * 2];
        counts = new int[keys.length];
        int mask = keys.length - 1;
        for (int k = 0; k < size; k++) {
            int from = used[k];
            int s = spread(oldKeys[from].hashCode()) & mask;
            while (keys[s] != null) s = s + 1 & mask;
            keys[s] = oldKeys[from];
            counts[s] = oldCounts[from];
            used[k] = s;
        }
    }
}
