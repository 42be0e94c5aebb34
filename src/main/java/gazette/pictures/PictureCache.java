package gazette.pictures;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The derivatives already made, kept beside the build state and never published
 * ({@code .site.gazette-pictures/}): one folder per picture fingerprint, so a picture is decoded
 * once, whatever becomes of the site, and a clean build does not scale it again. With them, what
 * each picture file's header said at its size and time, so an unchanged picture is not even read.
 */
public final class PictureCache {
    /** Files modified this close to their reading may change again within the same time stamp: read them next time too. */
    static final long CLOCK_SLACK_MS = 2000;
    private static final String PROBES = "probes";
    /** The original, its metadata taken out, in its picture's folder. */
    static final String ORIGINAL = "original";
    private static final String MAGIC = "gazette picture probes";

    /** What a picture file's header said, and its fingerprint, at this size and time. */
    record Probe(long size, long modified, long key, PictureInfo info) {}

    /** No cache: every picture is read and made again (unit tests, and the pictures of a build that keeps none). */
    static final PictureCache NONE = new PictureCache(null, false);

    private final Path root;
    private final Map<String, Probe> probes = new ConcurrentHashMap<>();
    private volatile boolean probesChanged;

    private PictureCache(Path root, boolean trustProbes) {
        this.root = root;
        if (root != null && trustProbes) loadProbes();
    }

    /**
     * The cache of the site built into {@code out}, beside it. {@code clean}: the files are read
     * again, as a clean build reads every article again; the derivatives, named by the picture's
     * bytes, are still used.
     */
    public static PictureCache beside(Path out, boolean clean) {
        Path target = out.toAbsolutePath().normalize();
        return new PictureCache(target.resolveSibling("." + target.getFileName() + ".gazette-pictures"), !clean);
    }

    Path root() {
        return root;
    }

    /** The last probe of {@code source}, when the file still has that size and time; else null. */
    Probe probe(String source, long size, long modified) {
        Probe p = probes.get(source);
        return p != null && p.size() == size && p.modified() == modified ? p : null;
    }

    /** Remembers a probe, unless the file was modified so near its reading that its time cannot be trusted. */
    void remember(String source, Probe p, long readAt) {
        if (root == null) return;
        if (p.modified() >= readAt - CLOCK_SLACK_MS) {
            if (probes.remove(source) != null) probesChanged = true;
            return;
        }
        if (!p.equals(probes.put(source, p))) probesChanged = true;
    }

    /** True when every derivative of the picture is in the cache. */
    boolean has(Pictures.Published p) {
        if (root == null) return false;
        for (Pictures.Variant v : p.variants()) if (!Files.isRegularFile(file(p.key(), v))) return false;
        return true;
    }

    /** True when the cache holds this file of the picture. */
    boolean has(long key, String file) {
        return root != null && Files.isRegularFile(root.resolve(hex(key)).resolve(file));
    }

    /** Stores the original to be published beside the picture's derivatives (written aside, synced, and renamed into place). */
    void putOriginal(long key, byte[] bytes) throws IOException {
        if (root == null) return;
        Path entry = Files.createDirectories(root.resolve(hex(key)));
        // aside at the top, where a killed build's leftovers are found and removed
        Path aside = root.resolve(hex(key) + "." + ORIGINAL + ".part-" + Long.toHexString(System.nanoTime()) + Thread.currentThread().getId());
        try {
            durably(aside, bytes);
            Files.move(aside, entry.resolve(ORIGINAL), StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            sync(entry);
        } finally {
            Files.deleteIfExists(aside);
        }
    }

    byte[] original(long key) throws IOException {
        if (root == null) throw new java.nio.file.NoSuchFileException("no picture cache");
        return Files.readAllBytes(root.resolve(hex(key)).resolve(ORIGINAL));
    }

    /**
     * Stores a picture's derivatives: whole or not at all, since they are written aside, synced
     * to the disk (a power cut must not leave an empty file to be trusted), and renamed into place.
     * An original already there is kept.
     */
    void put(long key, List<Derivative> made) throws IOException {
        if (root == null) return;
        Path entry = root.resolve(hex(key));
        Path aside = root.resolve(hex(key) + ".part-" + Long.toHexString(System.nanoTime()) + Thread.currentThread().getId());
        Files.createDirectories(aside);
        try {
            for (Derivative d : made) durably(aside.resolve(name(d.width(), d.type())), d.bytes());
            if (Files.isDirectory(entry)) {
                // an older entry missing a file: replaced, its original kept
                if (Files.isRegularFile(entry.resolve(ORIGINAL))) Files.move(entry.resolve(ORIGINAL), aside.resolve(ORIGINAL), StandardCopyOption.ATOMIC_MOVE);
                deleteTree(entry);
            }
            sync(aside);
            Files.move(aside, entry, StandardCopyOption.ATOMIC_MOVE);
            sync(root);
        } finally {
            if (Files.exists(aside)) deleteTree(aside);
        }
    }

    private static void durably(Path file, byte[] bytes) throws IOException {
        try (java.nio.channels.FileChannel ch = java.nio.channels.FileChannel.open(file, java.nio.file.StandardOpenOption.CREATE_NEW,
                java.nio.file.StandardOpenOption.WRITE)) {
            java.nio.ByteBuffer b = java.nio.ByteBuffer.wrap(bytes);
            while (b.hasRemaining()) ch.write(b);
            ch.force(true);
        }
    }

    /** Makes a folder's new names durable; where a file system cannot sync a folder, the rename stands as the system keeps it. */
    private static void sync(Path folder) {
        try (java.nio.channels.FileChannel ch = java.nio.channels.FileChannel.open(folder, java.nio.file.StandardOpenOption.READ)) {
            ch.force(true);
        } catch (IOException e) {
            // not every platform opens a folder for syncing
        }
    }

    /** A derivative from the cache; an IOException when it is not there. */
    byte[] read(long key, Pictures.Variant v) throws IOException {
        if (root == null) throw new java.nio.file.NoSuchFileException("no picture cache");
        return Files.readAllBytes(file(key, v));
    }

    /**
     * After a build is published: removes the derivatives of pictures it does not show (and what a
     * killed build left half written), forgets the files it did not read, and saves the probes.
     */
    public void keepOnly(Set<Long> keys, Set<String> sources) throws IOException {
        if (root == null) return;
        if (Files.isDirectory(root)) {
            Set<String> kept = new java.util.HashSet<>();
            for (long k : keys) kept.add(hex(k));
            try (DirectoryStream<Path> ds = Files.newDirectoryStream(root)) {
                for (Path p : ds) {
                    String name = p.getFileName().toString();
                    if (!name.equals(PROBES) && !kept.contains(name)) deleteTree(p);
                }
            }
        }
        if (probes.keySet().retainAll(sources)) probesChanged = true;
        if (probesChanged) saveProbes();
    }

    private Path file(long key, Pictures.Variant v) {
        return root.resolve(hex(key)).resolve(name(v.width(), v.type()));
    }

    private static String name(int width, String type) {
        return width + "." + type;
    }

    static String hex(long key) {
        return String.format("%016x", key);
    }

    private void loadProbes() {
        Path f = root.resolve(PROBES);
        if (!Files.isRegularFile(f)) return;
        try (DataInputStream in = new DataInputStream(new BufferedInputStream(Files.newInputStream(f)))) {
            if (!in.readUTF().equals(MAGIC) || in.readInt() != Pictures.VERSION) return;
            int n = in.readInt();
            if (n < 0 || n > 50_000_000) return;
            Map<String, Probe> read = new java.util.HashMap<>();
            for (int i = 0; i < n; i++) {
                String source = in.readUTF();
                long size = in.readLong();
                long modified = in.readLong();
                long key = in.readLong();
                PictureInfo info = new PictureInfo(in.readUTF(), in.readInt(), in.readInt(), in.readInt(), in.readBoolean());
                read.put(source, new Probe(size, modified, key, info));
            }
            probes.putAll(read);
        } catch (IOException | RuntimeException e) {
            // not ours, or damaged: every picture is read again, which is all a lost cache costs
            probes.clear();
        }
    }

    private void saveProbes() throws IOException {
        Files.createDirectories(root);
        Path f = root.resolve(PROBES);
        Path tmp = root.resolve(PROBES + ".tmp");
        List<Map.Entry<String, Probe>> all = new ArrayList<>(probes.entrySet());
        try (DataOutputStream o = new DataOutputStream(new BufferedOutputStream(Files.newOutputStream(tmp)))) {
            o.writeUTF(MAGIC);
            o.writeInt(Pictures.VERSION);
            o.writeInt(all.size());
            for (Map.Entry<String, Probe> e : all) {
                Probe p = e.getValue();
                o.writeUTF(e.getKey());
                o.writeLong(p.size());
                o.writeLong(p.modified());
                o.writeLong(p.key());
                o.writeUTF(p.info().format());
                o.writeInt(p.info().width());
                o.writeInt(p.info().height());
                o.writeInt(p.info().orientation());
                o.writeBoolean(p.info().alpha());
            }
        }
        Files.move(tmp, f, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        probesChanged = false;
    }

    private static void deleteTree(Path p) throws IOException {
        gazette.write.OutputFolder.deleteTree(p);
    }
}
