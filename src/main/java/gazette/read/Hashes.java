package gazette.read;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;

/**
 * Fast 64-bit fingerprints, to tell changed content from unchanged: of file bytes, and of any
 * sequence of strings and numbers ({@link Hasher}). Not a security hash.
 */
public final class Hashes {
    private static final VarHandle LONGS = MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);
    private static final long M = 0x9E3779B97F4A7C15L;

    private Hashes() {}

    public static long of(byte[] bytes) {
        long h = bytes.length * M;
        int i = 0;
        for (; i + 8 <= bytes.length; i += 8) h = mix(h ^ (long) LONGS.get(bytes, i));
        long tail = 0;
        for (int k = 0; i < bytes.length; i++, k += 8) tail |= (bytes[i] & 0xffL) << k;
        return finish(mix(h ^ tail));
    }

    static long mix(long h) {
        h *= M;
        return h ^ (h >>> 29);
    }

    static long finish(long h) {
        h ^= h >>> 33;
        h *= 0xff51afd7ed558ccdL;
        h ^= h >>> 33;
        h *= 0xc4ceb9fe1a85ec53L;
        return h ^ (h >>> 33);
    }

    /** Accumulates a fingerprint of values in order; null and "" differ, and so do ("ab","c") and ("a","bc"). */
    public static final class Hasher {
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

        public Hasher add(Object o) {
            if (o instanceof String s) return add(s);
            if (o instanceof java.util.Map<?, ?> m) {
                add(m.size());
                for (java.util.Map.Entry<?, ?> e : m.entrySet()) add(e.getKey()).add(e.getValue());
                return this;
            }
            if (o instanceof Iterable<?> it) {
                int n = 0;
                for (Object x : it) {
                    add(x);
                    n++;
                }
                return add(n);
            }
            return add(o == null ? null : o.getClass().getName() + ":" + o);
        }

        public long get() {
            return finish(h);
        }
    }
}
