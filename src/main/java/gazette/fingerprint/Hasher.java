package gazette.fingerprint;

import static gazette.fingerprint.Hashes.finish;
import static gazette.fingerprint.Hashes.mix;

/**
 * Accumulates a fingerprint of numbers and strings in order; null and "" differ, and so do
 * ("ab", "c") and ("a", "bc"). Anything else (records, lists, maps) goes through {@link ValuePrint}.
 */
public final class Hasher {
    private long h = 0x243F6A8885A308D3L;

    public Hasher add(long v) {
        h = mix(h ^ v) + 0x632BE59BD9B4E019L;
        return this;
    }

    public Hasher add(boolean v) {
        return add(v ? 0x55L : 0xAAL);
    }

    public Hasher add(String s) {
        if (s == null) return add(0x6E756C6CL);
        // four chars to a mix: fingerprints hash every title and summary of the archive
        int n = s.length();
        int i = 0;
        for (; i + 4 <= n; i += 4) {
            h = mix(h ^ (s.charAt(i) | (long) s.charAt(i + 1) << 16 | (long) s.charAt(i + 2) << 32 | (long) s.charAt(i + 3) << 48));
        }
        long tail = 0;
        for (int k = 0; i < n; i++, k += 16) tail |= (long) s.charAt(i) << k;
        h = mix(h ^ tail);
        return add(n);
    }

    public long get() {
        return finish(h);
    }
}
