package gazette.read;

/** A fast 64-bit fingerprint of bytes (FNV-1a): enough to spot identical files, not a security hash. */
public final class Hashes {
    private Hashes() {}

    public static long of(byte[] bytes) {
        long h = 0xcbf29ce484222325L;
        for (byte b : bytes) {
            h ^= b & 0xff;
            h *= 0x100000001b3L;
        }
        return h;
    }
}
