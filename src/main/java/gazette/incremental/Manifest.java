package gazette.incremental;

import gazette.fingerprint.Hashes;
import gazette.io.DataFiles;
import java.io.DataInputStream;
import java.io.EOFException;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The output files a build produced, with their fingerprints, for the next build's state. A
 * million-article site has over a million files: as a map of path strings that is some 200 MB of
 * heap, so each entry goes straight to a spill file in the state's own format, and memory keeps
 * only a 64-bit hash of each path (16 bytes a file), enough to catch two pages claiming one file
 * and to tell which files of the last build are gone.
 */
final class Manifest implements AutoCloseable {
    private static final long EMPTY = 0;

    private final Path spill;
    private final DataOutputStream out;
    private long[] slots = new long[1 << 12];
    private int count;

    Manifest(Path spill) throws IOException {
        this.spill = spill;
        this.out = DataFiles.writer(spill, 1 << 16);
    }

    /** Claims a path for this build; false when it was already claimed (two pages, one file). */
    synchronized boolean claim(String relative) {
        return insert(key(relative));
    }

    /**
     * Records a claimed file: the fingerprint of its inputs and of its bytes, and {@link FileStat}
     * of the file as published, by which the next build sees a file deleted or edited by hand.
     */
    synchronized void record(String relative, long fingerprint, long bytesHash, long stat) throws IOException {
        out.writeUTF(relative);
        out.writeLong(fingerprint);
        out.writeLong(bytesHash);
        out.writeLong(stat);
    }

    synchronized boolean contains(String relative) {
        long k = key(relative);
        int mask = slots.length - 1;
        for (int i = (int) (k ^ k >>> 32) & mask; slots[i] != EMPTY; i = i + 1 & mask) {
            if (slots[i] == k) return true;
        }
        return false;
    }

    synchronized int size() {
        return count;
    }

    /** What {@link #each} gives: a file's path and {@link FileStat}. */
    @FunctionalInterface
    interface FileVisitor {
        void file(String relative, long stat) throws IOException;
    }

    /** Each recorded file, in the order recorded. */
    synchronized void each(FileVisitor visitor) throws IOException {
        entries((path, entry) -> visitor.file(path, entry[2]));
    }

    /** What {@link #entries} gives: a file's path and its {fingerprint of inputs, of bytes, {@link FileStat}}, as the state stores them. */
    @FunctionalInterface
    interface EntryVisitor {
        void entry(String relative, long[] entry) throws IOException;
    }

    /** Each recorded file with all it records, in the order recorded. */
    synchronized void entries(EntryVisitor visitor) throws IOException {
        out.flush();
        try (DataInputStream in = DataFiles.reader(spill, 1 << 16)) {
            while (true) {
                String path;
                try {
                    path = in.readUTF();
                } catch (EOFException end) {
                    return;
                }
                visitor.entry(path, new long[] {in.readLong(), in.readLong(), in.readLong()});
            }
        }
    }

    /** Copies the recorded entries (as the state stores them) to {@code to}. */
    synchronized void copyTo(OutputStream to) throws IOException {
        out.flush();
        Files.copy(spill, to);
    }

    @Override
    public synchronized void close() throws IOException {
        out.close();
        Files.deleteIfExists(spill);
    }

    private static long key(String relative) {
        long k = Hashes.of(relative.getBytes(StandardCharsets.UTF_8));
        return k == EMPTY ? 1 : k;
    }

    private boolean insert(long k) {
        if ((count + 1) * 2L > slots.length) grow();
        int mask = slots.length - 1;
        int i = (int) (k ^ k >>> 32) & mask;
        for (; slots[i] != EMPTY; i = i + 1 & mask) {
            if (slots[i] == k) return false;
        }
        slots[i] = k;
        count++;
        return true;
    }

    private void grow() {
        long[] old = slots;
        slots = new long[old.length * 2];
        count = 0;
        for (long k : old) if (k != EMPTY) insert(k);
    }
}
