package gazette.search;

import gazette.io.DataFiles;
import gazette.write.OutputFolder;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * Each article's search terms as the last build found them, kept beside the build state and never
 * published ({@code .site.gazette-search/}), so that an edit does not read every other body again
 * to make the index. Keyed by the article's fingerprint (its record, address, tags and source
 * bytes), so an entry is right for any article that has the key, whatever happened in between.
 * <ul>
 *   <li>{@code articles.bin}: for each article its key, its number of words, the length of its
 *   text for snippets, and whether its terms were kept (a repeated story's are not);</li>
 *   <li>{@code terms-B.bin}: the terms of bucket B ({@link TermBuckets}), a record a term: the
 *   term, then each article that has it (its entry in {@code articles.bin}) with the term's
 *   weighted count there. A term is decoded once a build, not once an article: an edit reads the
 *   other articles' terms back from here, and at 100,000 articles that is 25 million postings.</li>
 * </ul>
 * Every file carries the generation of the build that wrote it: files of two builds (one killed
 * while renaming them) are not used together, and the terms are then taken from the bodies again.
 * This build's temporary files are made in the same folder, and a dead build's removed.
 */
final class TermCache implements AutoCloseable {
    private static final int MAGIC = 0x475A5443; // "GZTC"
    private static final int FORMAT = 3;
    private static final String ARTICLES = "articles.bin";
    private static final String SPILL = "spill-";

    private final Path root;
    private final boolean keep;
    /** The code, the settings and the index's format: the cache of another is not used. */
    private final String key;
    private Path spill;
    private boolean closed;
    // the last build's table, or none
    private long generation;
    private int buckets;
    private KeyTable index = new KeyTable(0);
    private int[] words = new int[0];
    private int[] textLengths = new int[0];
    private boolean[] withTerms = new boolean[0];

    private TermCache(Path root, boolean keep, String key) {
        this.root = root;
        this.keep = keep;
        this.key = key;
    }

    /** No cache: the temporary files in the system's folder, nothing kept (unit tests). */
    static TermCache none() {
        return new TermCache(null, false, "");
    }

    /**
     * The cache of the site built into {@code out}, beside it, for the code and settings {@code key};
     * {@code clean}: what it holds is not used (and is replaced).
     */
    static TermCache beside(Path out, String key, boolean clean) throws IOException {
        Path target = out.toAbsolutePath().normalize();
        TermCache cache = new TermCache(target.resolveSibling("." + target.getFileName() + ".gazette-search"), true, key + " search " + SearchIndex.VERSION);
        cache.removeLeftovers();
        if (!clean) cache.load();
        return cache;
    }

    /** A folder for this build's temporary files, removed when the cache is closed. */
    synchronized Path spill() throws IOException {
        // a render thread still at work when a failed build let go of the cache must not make a folder no one removes
        if (closed) throw new IOException("the search index's temporary files are already removed: the build has ended");
        if (spill == null) {
            if (root == null) {
                spill = Files.createTempDirectory("gazette-search-");
            } else {
                Files.createDirectories(root);
                spill = Files.createTempDirectory(root, SPILL);
            }
        }
        return spill;
    }

    /** The last build's entry of the article with {@code key}, for a build of {@code buckets} buckets; -1 when none. */
    int find(long articleKey, int bucketCount) {
        return bucketCount == buckets ? index.get(articleKey) : -1;
    }

    /** How many articles the last build's table holds: its entries are 0 to this, less one. */
    int entries() {
        return words.length;
    }

    int words(int entry) {
        return words[entry];
    }

    int textLength(int entry) {
        return textLengths[entry];
    }

    boolean hasTerms(int entry) {
        return withTerms[entry];
    }

    /** The last build's terms of bucket {@code b} of {@code bucketCount}, read past their header; null when there are none to use. */
    DataInputStream terms(int b, int bucketCount) throws IOException {
        if (buckets == 0 || bucketCount != buckets) return null;
        DataInputStream in = DataFiles.reader(termsFile(b), 1 << 16);
        in.readInt();
        in.readLong(); // checked when loaded
        return in;
    }

    /**
     * Writes the terms of a bucket, one at a time: a term's modified UTF-8 (as
     * {@link DataOutputStream#writeUTF}), the number of its pairs, and their bytes: each article's
     * entry as the gap from the last (the pairs are sorted) and the count, each a varint.
     */
    static final class TermWriter {
        private byte[] block = new byte[1024];

        void write(DataOutputStream out, String term, Postings.LongList pairs) throws IOException {
            int n = pairs.size();
            int most = Math.multiplyExact(n, 10); // two varints of five bytes at most
            if (block.length < most) block = new byte[Math.max(most, block.length * 2)];
            int length = 0;
            int last = 0;
            for (int k = 0; k < n; k++) {
                int article = Postings.article(pairs.get(k));
                length = varint(block, length, article - last);
                length = varint(block, length, Postings.count(pairs.get(k)));
                last = article;
            }
            out.writeUTF(term);
            out.writeInt(n);
            out.writeInt(length);
            out.write(block, 0, length);
        }
    }

    private static int varint(byte[] to, int at, int value) {
        while ((value & ~0x7F) != 0) {
            to[at++] = (byte) (value & 0x7F | 0x80);
            value >>>= 7;
        }
        to[at++] = (byte) value;
        return at;
    }

    /** One term of a bucket file as read: its modified UTF-8, two length bytes first, and its pairs, still encoded. */
    static final class TermRecord {
        final byte[] utf = new byte[2 + 0xFFFF];
        int utfLength;
        int pairs;
        private byte[] block = new byte[1024];
        private int at;
        /** Where the record's pairs end in {@code block}. */
        private int end;
        private int entry;

        /** The next term of {@code in}; false at the end of the file. */
        boolean read(DataInputStream in) throws IOException {
            int length;
            try {
                length = in.readUnsignedShort();
            } catch (EOFException atEnd) {
                return false;
            }
            utf[0] = (byte) (length >>> 8);
            utf[1] = (byte) length;
            in.readFully(utf, 2, length);
            utfLength = length;
            pairs = in.readInt();
            int bytes = in.readInt();
            if (pairs < 0 || bytes < 0 || bytes > (long) pairs * 10) throw new IOException("a damaged term record in the search cache");
            if (block.length < bytes) block = new byte[Math.max(bytes, block.length * 2)];
            in.readFully(block, 0, bytes);
            at = 0;
            end = bytes;
            entry = 0;
            return true;
        }

        /** The next pair's article entry, below {@code entries}; {@link #nextCount} then gives its count. */
        int nextEntry(int entries) throws IOException {
            entry += next();
            if (entry < 0 || entry >= entries) throw damaged();
            return entry;
        }

        int nextCount() throws IOException {
            int count = next();
            if (count > Short.MAX_VALUE) throw damaged();
            return count;
        }

        /** Checks that the record's bytes were its pairs' and no more. */
        void end() throws IOException {
            if (at != end) throw damaged();
        }

        private int next() throws IOException {
            int value = 0;
            for (int shift = 0; shift < 32; shift += 7) {
                if (at >= end) throw damaged();
                byte b = block[at++];
                value |= (b & 0x7F) << shift;
                if (b >= 0) return value;
            }
            throw damaged();
        }

        private static IOException damaged() {
            return new IOException("a damaged record");
        }
    }

    /**
     * Bucket {@code b}'s file, found damaged while read: the cache is let go (its table removed,
     * so the next build takes every article's terms from its body), and the error says so.
     */
    IOException damaged(int b, IOException cause) {
        try {
            Files.deleteIfExists(root.resolve(ARTICLES));
        } catch (IOException | RuntimeException e) {
            cause.addSuppressed(e);
        }
        return new IOException(termsFile(b) + ": the search index's cache is damaged (" + cause.getMessage()
                + "); it is removed, and the next build reads every body again", cause);
    }

    /** Starts this build's files; they replace the last build's only when {@link Saving#finish} is done. */
    Saving save(int bucketCount) throws IOException {
        return new Saving(bucketCount);
    }

    /** Writes the cache of one build: each bucket's terms as the shards are made, the table of articles last. */
    final class Saving implements AutoCloseable {
        /** Any number but the last build's: it tells this build's files from a killed build's. */
        private final long next = nextGeneration();
        private final DataOutputStream[] files;

        private Saving(int bucketCount) throws IOException {
            files = new DataOutputStream[keep ? bucketCount : 0];
            for (int b = 0; b < files.length; b++) {
                files[b] = DataFiles.writer(spill().resolve("terms-" + b + ".bin"), 1 << 16);
                files[b].writeInt(MAGIC);
                files[b].writeLong(next);
            }
        }

        /** Where bucket {@code b}'s terms go ({@link TermWriter}), or null when nothing is kept. */
        DataOutputStream bucket(int b) {
            return keep ? files[b] : null;
        }

        /** Closes the files, made in place or not: a build that failed meanwhile leaves none open in the folder it removes. */
        @Override
        public void close() throws IOException {
            IOException first = null;
            for (DataOutputStream f : files) {
                try {
                    f.close();
                } catch (IOException e) {
                    if (first == null) first = e;
                }
            }
            if (first != null) throw first;
        }

        /** Puts the new files in place of the old, the table last. */
        void finish(long[] keys, int[] articleWords, int[] articleTexts, boolean[] terms) throws IOException {
            if (!keep) return;
            for (DataOutputStream f : files) f.close();
            Path table = spill().resolve(ARTICLES);
            try (DataOutputStream o = DataFiles.writer(table, 1 << 16)) {
                o.writeInt(MAGIC);
                o.writeInt(FORMAT);
                o.writeUTF(key);
                o.writeLong(next);
                o.writeInt(files.length);
                // each bucket file's length: one cut short or grown is not used
                for (int b = 0; b < files.length; b++) o.writeLong(Files.size(spill().resolve("terms-" + b + ".bin")));
                o.writeInt(keys.length);
                for (int i = 0; i < keys.length; i++) {
                    o.writeLong(keys[i]);
                    o.writeInt(articleWords[i]);
                    o.writeInt(articleTexts[i]);
                    o.writeBoolean(terms[i]);
                }
            }
            // the table goes first: a build killed among the renames leaves files of two generations, which are not used
            Files.deleteIfExists(root.resolve(ARTICLES));
            for (int b = 0; b < files.length; b++) {
                Files.move(spill().resolve("terms-" + b + ".bin"), termsFile(b), StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            }
            for (int b = files.length; Files.exists(termsFile(b)); b++) Files.delete(termsFile(b));
            Files.move(table, root.resolve(ARTICLES), StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        }
    }

    private long nextGeneration() {
        long g = System.nanoTime();
        return g == generation ? g + 1 : g;
    }

    private Path termsFile(int b) {
        return root.resolve("terms-" + b + ".bin");
    }

    /** Reads the table, if it was made for this key and every bucket file is of its generation. */
    private void load() {
        Path table = root.resolve(ARTICLES);
        if (!Files.isRegularFile(table)) return;
        try (DataInputStream in = DataFiles.reader(table, 1 << 16)) {
            if (in.readInt() != MAGIC || in.readInt() != FORMAT || !in.readUTF().equals(key)) return;
            long gen = in.readLong();
            int b = in.readInt();
            if (b < 1 || b > 1 << 16) return;
            for (int k = 0; k < b; k++) {
                long length = in.readLong();
                if (!ofGeneration(termsFile(k), gen) || Files.size(termsFile(k)) != length) return;
            }
            int n = in.readInt();
            if (n < 0 || n > 1 << 27) return;
            KeyTable keys = new KeyTable(n);
            int[] w = new int[n];
            int[] t = new int[n];
            boolean[] terms = new boolean[n];
            for (int i = 0; i < n; i++) {
                keys.putIfAbsent(in.readLong(), i);
                w[i] = in.readInt();
                t[i] = in.readInt();
                terms[i] = in.readBoolean();
            }
            generation = gen;
            buckets = b;
            index = keys;
            words = w;
            textLengths = t;
            withTerms = terms;
        } catch (IOException | RuntimeException e) {
            // a damaged cache is no cache: the terms are taken from the bodies again
            buckets = 0;
        }
    }

    private static boolean ofGeneration(Path file, long gen) {
        try (DataInputStream in = new DataInputStream(Files.newInputStream(file))) {
            return in.readInt() == MAGIC && in.readLong() == gen;
        } catch (IOException e) {
            return false;
        }
    }

    /** Temporary files of a build that did not finish (the output folder's lock is held: no other build is running). */
    private void removeLeftovers() throws IOException {
        if (!Files.isDirectory(root)) return;
        try (DirectoryStream<Path> ds = Files.newDirectoryStream(root, SPILL + "*")) {
            for (Path p : ds) OutputFolder.deleteTree(p);
        }
    }

    @Override
    public synchronized void close() throws IOException {
        closed = true;
        if (spill != null) OutputFolder.deleteTree(spill);
        spill = null;
    }
}
