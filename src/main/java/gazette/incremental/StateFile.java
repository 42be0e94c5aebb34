package gazette.incremental;

import gazette.index.Related;
import gazette.io.DataFiles;
import gazette.read.SourceFile;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.Collections;
import java.util.HashMap;
import java.util.Map;

/**
 * The file one build leaves for the next ({@code .site.gazette-state}), beside the output folder,
 * never inside it. It describes that folder only: a new or replaced output folder, another
 * Gazette or other settings make it void, and so does an unfinished build. It holds data only
 * (numbers, strings and front matter values), never Java objects.
 */
final class StateFile {
    private static final int MAGIC = 0x475A5354; // "GZST"
    /**
     * 3: front matter as tagged values instead of Java serialization; 4: each article's offset;
     * 5: its body's fingerprint; 6: each output file's size and time as published; 7: the pictures
     * a body shows; 8: the plan's print ({@link gazette.render.PlanPrint}).
     */
    private static final int VERSION = 8;

    /**
     * What the last build left.
     *
     * @param sources  content files by path relative to the content folder
     * @param manifest output files by path relative to the site root: {inputs fingerprint, bytes fingerprint, {@link FileStat}}
     * @param savedAt  when it was written (ms): files modified since then are read again
     * @param related  the related-articles ranking, reused while the archive keeps its shape (or null)
     * @param plan     the {@link gazette.render.PlanPrint} the pages were made with (0: none)
     * @param unreadable why a state file was there but could not be read (null when there was none, or it was read)
     */
    record Saved(Map<String, SourceFile> sources, Map<String, long[]> manifest, long savedAt, Related related, long plan, String unreadable) {
        static final Saved NONE = new Saved(Map.of(), Map.of(), Long.MIN_VALUE, null, 0, null);

        static Saved unreadable(Path file, String why) {
            return new Saved(Map.of(), Map.of(), Long.MIN_VALUE, null, 0, file + " could not be read (" + why + "); this build is a clean one");
        }
    }

    private StateFile() {}

    static Path file(Path out) {
        return out.resolveSibling("." + out.getFileName() + ".gazette-state");
    }

    /** The state for {@code out}, or none when there is none, it is for another folder or key, or unreadable. */
    static Saved load(Path out, String key) {
        return load(out, key, null);
    }

    /** {@link #load(Path, String)}, or what {@code kept} holds of the last save when the file is still that save's. */
    static Saved load(Path out, String key, KeptState kept) {
        Path f = file(out);
        if (!Files.isRegularFile(f) || !Files.isDirectory(out)) return Saved.NONE;
        if (kept != null) {
            try {
                Saved k = kept.take(f, key, folderKey(out));
                if (k != null) return k;
            } catch (IOException e) {
                // read as usual below
            }
        }
        try (DataInputStream in = DataFiles.reader(f, 1 << 16)) {
            if (in.readInt() != MAGIC) return Saved.unreadable(f, "it is not a Gazette build state");
            if (in.readInt() != VERSION) return Saved.NONE; // another Gazette's: a clean build, as for new code
            if (!in.readUTF().equals(key) || !in.readUTF().equals(folderKey(out))) return Saved.NONE;
            long savedAt = in.readLong();
            int n = count(in);
            Map<String, SourceFile> sources = new HashMap<>(Math.max(16, n * 2));
            for (int i = 0; i < n; i++) {
                SourceFile s = ArticleCodec.read(in);
                if (s.size() >= 0) sources.put(s.article().file(), s); // -1: a file to read again (see save)
            }
            int m = count(in);
            Map<String, long[]> manifest = new HashMap<>(Math.max(16, m * 2));
            for (int i = 0; i < m; i++) manifest.put(in.readUTF(), new long[] {in.readLong(), in.readLong(), in.readLong()});
            long relatedKey = in.readLong();
            int[] table = new int[count(in)];
            for (int i = 0; i < table.length; i++) table[i] = in.readInt();
            long plan = in.readLong();
            return new Saved(sources, manifest, savedAt, Related.restore(relatedKey, table), plan, null);
        } catch (IOException | RuntimeException e) {
            // a state we cannot read is no state: the build is a clean one, and says why
            return Saved.unreadable(f, "damaged: " + (e.getMessage() != null ? e.getMessage() : e.getClass().getSimpleName()));
        }
    }

    /** A count no real archive exceeds: a damaged file must not make a giant table. */
    private static int count(DataInputStream in) throws IOException {
        int n = in.readInt();
        if (n < 0 || n > 1 << 27) throw new IOException("damaged build state: a count of " + n);
        return n;
    }

    /**
     * Writes the state atomically (a temporary file renamed over the old one); returns the content
     * files whose articles it could not hold whole (read again next time), most often none.
     */
    static java.util.Set<String> save(Path out, String key, Map<String, SourceFile> sources, Manifest files, Related related, long plan, long savedAt)
            throws IOException {
        java.util.Set<String> readAgain = new java.util.HashSet<>();
        Path f = file(out);
        Path tmp = f.resolveSibling(f.getFileName() + ".tmp");
        try (OutputStream raw = Files.newOutputStream(tmp);
             DataOutputStream o = DataFiles.writer(raw, 1 << 16)) {
            o.writeInt(MAGIC);
            o.writeInt(VERSION);
            o.writeUTF(key);
            o.writeUTF(folderKey(out));
            o.writeLong(savedAt);
            o.writeInt(sources.size());
            for (Map.Entry<String, SourceFile> e : sources.entrySet()) {
                SourceFile s = e.getValue();
                // a front matter value the state cannot hold: the file is read again next time, and its article stored without it
                if (ArticleCodec.storable(s.article())) {
                    ArticleCodec.write(o, s);
                } else {
                    ArticleCodec.write(o, new SourceFile(-1, -1, s.hash(), withoutParams(s.article()), s.warnings(), s.unpublishable()));
                    readAgain.add(e.getKey());
                }
            }
            o.writeInt(files.size());
            o.flush();
            files.copyTo(o);
            o.writeLong(related.key());
            o.writeInt(related.table().length);
            for (int r : related.table()) o.writeInt(r);
            o.writeLong(plan);
        }
        try (FileChannel ch = FileChannel.open(tmp, StandardOpenOption.WRITE)) {
            ch.force(true);
        }
        Files.move(tmp, f, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        return readAgain;
    }

    /**
     * Keeps in {@code kept} what {@link #save} just wrote (the same arguments, and the files it
     * said are read again), as {@link #load} would read it back.
     */
    static void keep(Path out, String key, Map<String, SourceFile> sources, java.util.Set<String> readAgain, Manifest files, Related related, long plan,
                     long savedAt, KeptState kept) throws IOException {
        kept.keep(file(out), key, folderKey(out), asLoaded(sources, readAgain, files, related, plan, savedAt));
    }

    /** What {@link #load} would read back from what {@link #save} wrote. */
    private static Saved asLoaded(Map<String, SourceFile> sources, java.util.Set<String> readAgain, Manifest files, Related related, long plan,
                                  long savedAt) throws IOException {
        Map<String, SourceFile> stored = sources;
        // a file whose article the state cannot hold is read again next time, as after a load
        if (!readAgain.isEmpty()) {
            stored = new HashMap<>(sources);
            stored.keySet().removeAll(readAgain);
        }
        Map<String, long[]> manifest = new HashMap<>(Math.max(16, files.size() * 2));
        files.entries((path, entry) -> manifest.put(path, entry));
        return new Saved(Collections.unmodifiableMap(stored), manifest, savedAt, Related.restore(related.key(), related.table()), plan, null);
    }

    private static gazette.read.Article withoutParams(gazette.read.Article a) {
        return new gazette.read.Article(a.file(), a.format(), a.title(), a.published(), a.timed(), a.offset(), a.slug(), a.tags(), a.authors(),
                a.source(), a.summary(), a.url(), a.editor(), a.draft(), Map.of(), a.body());
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
