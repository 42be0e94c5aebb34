package gazette.fingerprint;

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

    /** The fingerprint of a file's bytes, read a block at a time (a jar of several megabytes). */
    public static long of(java.nio.file.Path file) throws java.io.IOException {
        Hasher h = new Hasher();
        byte[] block = new byte[1 << 16];
        try (java.io.InputStream in = java.nio.file.Files.newInputStream(file)) {
            for (int n; (n = in.readNBytes(block, 0, block.length)) > 0; ) h.add(of(n == block.length ? block : java.util.Arrays.copyOf(block, n)));
        }
        return h.get();
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
}
