package gazette.search;

import java.nio.charset.StandardCharsets;

/** Which shard holds a term: FNV-1a over its UTF-8 bytes. {@code search.js} computes the same, so the two must change together. */
final class TermHash {
    private TermHash() {}

    static long of(String term) {
        int h = 0x811c9dc5;
        int k = 0;
        // ASCII characters are their own UTF-8 bytes: most terms need no encoding
        for (; k < term.length() && term.charAt(k) < 0x80; k++) {
            h ^= term.charAt(k);
            h *= 0x01000193;
        }
        if (k == term.length()) return Integer.toUnsignedLong(h);
        for (byte b : term.substring(k).getBytes(StandardCharsets.UTF_8)) {
            h ^= b & 0xff;
            h *= 0x01000193;
        }
        return Integer.toUnsignedLong(h);
    }
}
