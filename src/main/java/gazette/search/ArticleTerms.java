package gazette.search;

import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Arrays;

/**
 * One article's terms, each with its weighted count, as the index takes them ({@link TermBuckets}):
 * a table open to the characters of a word, so that a plain ASCII word costs no string of its own
 * ({@link SearchTerms#count}). One a thread. The terms stay in it from article to article (up to
 * {@link #KEEP} of them, then it starts afresh), each made into a string, hashed and encoded once:
 * most of an article's words were in the articles before it.
 */
final class ArticleTerms {
    /** Terms kept from article to article: a news archive's common words, in about 4 MB a thread. */
    static final int KEEP = 1 << 14;
    private static final int FIRST_SIZE = 1024;

    private final int keep;
    private String[] keys;
    private int[] hashes;
    private int[] counts;
    /** The article a slot's count is of: another's count is stale, and zero for this one. */
    private int[] article;
    /** The term's shard hash ({@link TermHash}) and its bytes as {@link DataOutputStream#writeUTF} writes them, once asked for. */
    private long[] shardHash;
    private byte[][] utf;
    private int entries;
    private int current = 1;
    /** The slots of this article's terms, in the order they came. */
    private int[] used = new int[512];
    private int size;
    private int words;
    /** Where a word is lower-cased and cut to its stem. */
    private char[] buffer = new char[64];

    ArticleTerms() {
        this(KEEP);
    }

    ArticleTerms(int keep) {
        this.keep = keep;
        slots(FIRST_SIZE);
    }

    /** Empty slots, {@code n} of them. */
    private void slots(int n) {
        keys = new String[n];
        hashes = new int[n];
        counts = new int[n];
        article = new int[n];
        shardHash = new long[n];
        utf = new byte[n][];
    }

    /** Empties the table for the next article. */
    void clear() {
        size = 0;
        words = 0;
        current++;
        if (entries > keep) {
            entries = 0;
            if (keys.length > 4 * keep) {
                // one article of a great many words (a table of figures) grew it: back to its first size
                slots(FIRST_SIZE);
                used = new int[FIRST_SIZE / 2];
            } else {
                Arrays.fill(keys, null);
                Arrays.fill(utf, null); // the marks in article[] are older articles': no need to clear them
            }
        }
        if (buffer.length > 1 << 12) buffer = new char[64];
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

    /** The {@code k}th term's {@link TermHash}. */
    long shardHash(int k) {
        int s = used[k];
        if (shardHash[s] < 0) shardHash[s] = TermHash.of(keys[s]);
        return shardHash[s];
    }

    /** The {@code k}th term as {@link DataOutputStream#writeUTF} writes it: its length in two bytes, then modified UTF-8. */
    byte[] utf(int k) {
        int s = used[k];
        if (utf[s] == null) {
            ByteArrayOutputStream bytes = new ByteArrayOutputStream(keys[s].length() + 2);
            try {
                new DataOutputStream(bytes).writeUTF(keys[s]);
            } catch (IOException e) {
                throw new UncheckedIOException(e); // a term is at most a few dozen characters
            }
            utf[s] = bytes.toByteArray();
        }
        return utf[s];
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
        for (int k = 0; k < length; k++) h = 31 * h + chars[k]; // String's own hash, so a term from a string is found too
        int mask = keys.length - 1;
        for (int s = spread(h) & mask; ; s = s + 1 & mask) {
            String key = keys[s];
            if (key == null) {
                int at = insert(s, new String(chars, 0, length), h); // first: the table may grow
                counts[at] += weight;
                return;
            }
            if (hashes[s] == h && same(key, chars, length)) {
                counts[mark(s)] += weight;
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
        int h = term.hashCode();
        int mask = keys.length - 1;
        for (int s = spread(h) & mask; ; s = s + 1 & mask) {
            String key = keys[s];
            if (key == null) return insert(s, term, h);
            if (hashes[s] == h && key.equals(term)) return mark(s);
        }
    }

    /** The slot, its term now one of this article's: its count from zero if it was another's. */
    private int mark(int s) {
        if (article[s] != current) {
            article[s] = current;
            counts[s] = 0;
            if (size == used.length) used = Arrays.copyOf(used, size * 2);
            used[size++] = s;
        }
        return s;
    }

    /** Puts a new term in slot {@code s}; returns its slot, which a growing table moves. */
    private int insert(int s, String term, int hash) {
        keys[s] = term;
        hashes[s] = hash;
        shardHash[s] = -1;
        utf[s] = null;
        entries++;
        mark(s);
        if (entries * 2 <= keys.length) return s;
        grow();
        return used[size - 1];
    }

    /** Twice the slots, every term placed again; this article's keep their order. */
    private void grow() {
        String[] oldKeys = keys;
        int[] oldHashes = hashes, oldCounts = counts, oldArticle = article;
        long[] oldShard = shardHash;
        byte[][] oldUtf = utf;
        int n = oldKeys.length * 2;
        slots(n);
        int[] moved = new int[oldKeys.length];
        int mask = n - 1;
        for (int from = 0; from < oldKeys.length; from++) {
            if (oldKeys[from] == null) continue;
            int s = spread(oldHashes[from]) & mask;
            while (keys[s] != null) s = s + 1 & mask;
            keys[s] = oldKeys[from];
            hashes[s] = oldHashes[from];
            counts[s] = oldCounts[from];
            article[s] = oldArticle[from];
            shardHash[s] = oldShard[from];
            utf[s] = oldUtf[from];
            moved[from] = s;
        }
        for (int k = 0; k < size; k++) used[k] = moved[used[k]];
    }
}
