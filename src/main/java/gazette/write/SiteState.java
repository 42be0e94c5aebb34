package gazette.write;

import gazette.index.Related;
import gazette.read.ArticleCodec;
import gazette.read.SourceFile;
import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.HashMap;
import java.util.Map;

/**
 * What one build leaves for the next, so that it reads, renders and writes only what changed:
 * each content file's fingerprint and article, and each output file's fingerprints. It lives
 * beside the output folder ({@code .site.gazette-state}), never inside it, and describes that
 * folder only: a new or replaced output folder makes it void, and so does an unfinished build.
 *
 * @param sources    content files by path relative to the content folder
 * @param manifest   output files by path relative to the site root: {inputs fingerprint, bytes fingerprint}
 * @param savedAt    when it was written (ms): files modified since then are read again
 * @param related    the related-articles ranking, reused while the archive keeps its shape (or null)
 */
public record SiteState(Map<String, SourceFile> sources, Map<String, long[]> manifest, long savedAt, Related related) {
    private static final int MAGIC = 0x475A5354; // "GZST"
    private static final int VERSION = 2;

    public static SiteState empty() {
        return new SiteState(Map.of(), Map.of(), Long.MIN_VALUE, null);
    }

    public boolean isEmpty() {
        return manifest.isEmpty();
    }

    static Path file(Path out) {
        return out.resolveSibling("." + out.getFileName() + ".gazette-state");
    }

    /** The state for {@code out}, or empty when there is none, it is for another folder or build of Gazette, or unreadable. */
    public static SiteState load(Path out, String code) {
        Path f = file(out);
        if (!Files.isRegularFile(f) || !Files.isDirectory(out)) return empty();
        try (DataInputStream in = new DataInputStream(new BufferedInputStream(Files.newInputStream(f), 1 << 16))) {
            if (in.readInt() != MAGIC || in.readInt() != VERSION) return empty();
            if (!in.readUTF().equals(code) || !in.readUTF().equals(folderKey(out))) return empty();
            long savedAt = in.readLong();
            int n = in.readInt();
            Map<String, SourceFile> sources = new HashMap<>(n * 2);
            for (int i = 0; i < n; i++) {
                SourceFile s = ArticleCodec.read(in);
                sources.put(s.article().file(), s);
            }
            int m = in.readInt();
            Map<String, long[]> manifest = new HashMap<>(m * 2);
            for (int i = 0; i < m; i++) manifest.put(in.readUTF(), new long[] {in.readLong(), in.readLong()});
            long relatedKey = in.readLong();
            int[] table = new int[in.readInt()];
            for (int i = 0; i < table.length; i++) table[i] = in.readInt();
            return new SiteState(sources, manifest, savedAt, Related.restore(relatedKey, table));
        } catch (EOFException e) {
            return empty();
        } catch (IOException | RuntimeException e) {
            // a state we cannot read is no state: the build is a clean one
            return empty();
        }
    }

    /** Writes the state atomically (a temporary file renamed over the old one): these sources, and the files a build wrote. */
    static void save(Path out, String code, Map<String, SourceFile> sources, WrittenFiles files, Related related, long savedAt) throws IOException {
        Path f = file(out);
        Path tmp = f.resolveSibling(f.getFileName() + ".tmp");
        try (OutputStream raw = Files.newOutputStream(tmp);
             DataOutputStream o = new DataOutputStream(new BufferedOutputStream(raw, 1 << 16))) {
            o.writeInt(MAGIC);
            o.writeInt(VERSION);
            o.writeUTF(code);
            o.writeUTF(folderKey(out));
            o.writeLong(savedAt);
            o.writeInt(sources.size());
            for (SourceFile s : sources.values()) ArticleCodec.write(o, s);
            o.writeInt(files.size());
            o.flush();
            files.copyTo(o);
            o.writeLong(related.key());
            o.writeInt(related.table().length);
            for (int r : related.table()) o.writeInt(r);
        }
        try (FileChannel ch = FileChannel.open(tmp, StandardOpenOption.WRITE)) {
            ch.force(true);
        }
        Files.move(tmp, f, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    }

    /** Voids the state: the next build is a clean one. */
    static void discard(Path out) throws IOException {
        Files.deleteIfExists(file(out));
        Files.deleteIfExists(file(out).resolveSibling(file(out).getFileName() + ".tmp"));
    }

    /** Identifies the output folder itself: a folder deleted and made again is another folder. */
    static String folderKey(Path out) throws IOException {
        BasicFileAttributes a = Files.readAttributes(out, BasicFileAttributes.class);
        Object key = a.fileKey();
        return (key != null ? key.toString() : "") + "@" + a.creationTime().toMillis();
    }
}
