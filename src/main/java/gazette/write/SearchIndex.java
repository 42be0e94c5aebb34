package gazette.write;

import gazette.index.Archive;
import gazette.index.TagPage;
import gazette.read.Article;
import gazette.read.ArticleBody;
import gazette.read.BodyReader;
import gazette.read.text.TextBlock;
import gazette.render.BodySource;
import gazette.render.ArchivePrints;
import gazette.index.Links;
import gazette.index.Paths;
import gazette.site.Settings;
import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.IntStream;

/**
 * The search page's index, in {@code search/} beside the page, as small static files so that a
 * reader's browser downloads only what a query needs (README, "Search"):
 * <ul>
 *   <li>{@code search/index.json}: the counts and rules the script needs;</li>
 *   <li>{@code search/docs-N.json}: articles {@code N × DOCS_PER_SHARD} onward, newest first (an
 *       article's id is its position in the archive, so a lower id is a newer article), each as
 *       {@code [title, link, date, summary, [tags]]};</li>
 *   <li>{@code search/terms-N.json}: the terms whose hash falls in shard N, each with its postings:
 *       the ids of the articles that have it, each times two plus one when the term is in the title
 *       or a tag, delta-coded and written as base-32 digits (see {@link #encode}).</li>
 * </ul>
 * Terms are hashed to shards, not grouped by their first letters, so shards come out the same size
 * whatever the language ("co…" holds far more English words than "qz…").
 *
 * <p>Memory stays bounded: each article's terms are taken from its body while its page is
 * rendered (or, for a page kept from the last build, read a block at a time), spilled to temporary
 * bucket files, and each bucket turned into its shards on its own.
 */
public final class SearchIndex implements AutoCloseable {
    public static final String FOLDER = Paths.SEARCH;
    public static final int DOCS_PER_SHARD = 250;
    /** Aim for term shards of about this many bytes: a query of three words costs three of them. */
    static final int TARGET_SHARD_BYTES = 48 * 1024;
    static final int SUMMARY_CHARS = 160;
    private static final int BLOCK = 512;
    private static final int MAX_BUCKETS = 256;
    /** Distinct terms of a typical news article (400-900 words): sizes the term shards. */
    static final int TERMS_PER_ARTICLE = 250;
    /** Changes when the files' format does, so an incremental build does not keep old ones. */
    static final int VERSION = 1;
    static final String DIGITS = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz-_";

    private final Archive archive;
    private final Links links;
    private final ZoneId zone;
    private final Path contentDir;
    private long fingerprint;
    private Buckets collected;

    public SearchIndex(Archive archive, Links links, Settings settings, Path contentDir) {
        this.archive = archive;
        this.links = links;
        this.zone = settings.timeZone();
        this.contentDir = contentDir;
    }

    /** What was written, for the bench and the tests. */
    public record Result(int files, long bytes, int docShards, int termShards, long postings, long terms) {}

    /**
     * Lets an incremental build keep the whole index when no article changed: every file of it
     * carries one fingerprint of all the articles, bodies included, and the files are the same
     * set for the same number of articles.
     */
    public SearchIndex skipUnchanged(ArchivePrints fingerprints) {
        this.fingerprint = fingerprints.all(FOLDER, "search index", VERSION);
        return this;
    }

    /**
     * The terms of each article whose page is rendered from here on, taken from the body the page
     * was made from: a clean build then reads no body a second time for the index.
     */
    public BodySource collectWhileRendering() {
        collected = new Buckets(buckets(archive.size()));
        return collected;
    }

    public Result write(FileSink out) throws IOException {
        return write(out, buckets(archive.size()));
    }

    /** Deletes what was collected for an index that will not be written (the build failed). */
    @Override
    public void close() throws IOException {
        if (collected != null) collected.delete();
        collected = null;
    }

    /** With a given number of bucket files (tests use several on a small archive). */
    Result write(FileSink out, int buckets) throws IOException {
        int termShards = buckets * multiplier((long) archive.size() * TERMS_PER_ARTICLE, buckets);
        int docShards = Math.max(1, (archive.size() + DOCS_PER_SHARD - 1) / DOCS_PER_SHARD);
        Buckets files = collected != null && collected.count() == buckets ? collected : new Buckets(buckets);
        try {
            if (keepAll(out, docShards, termShards)) return new Result(0, 0, docShards, termShards, 0, 0);
            Counter counted = new Counter(out, fingerprint);
            writeDocs(counted);
            spillTheRest(files);
            files.finish();
            long terms = 0;
            for (int b = 0; b < buckets; b++) terms += writeShards(files.file(b), b, buckets, termShards, counted);
            counted.file(FOLDER + "index.json", ("{\"version\":1,\"docs\":" + archive.size() + ",\"docsPerShard\":" + DOCS_PER_SHARD
                    + ",\"termShards\":" + termShards + ",\"maxLength\":" + SearchTerms.MAX_LENGTH
                    + ",\"stopWords\":" + json(new java.util.TreeSet<>(SearchTerms.STOP_WORDS)) + "}\n").getBytes(StandardCharsets.UTF_8));
            return new Result(counted.files, counted.bytes, docShards, termShards, files.postings(), terms);
        } finally {
            files.delete();
            if (collected != null && collected != files) collected.delete();
            collected = null;
        }
    }

    // ---------------------------------------------------------------- articles

    /** True when the previous build wrote every file of this index from the same articles. */
    private boolean keepAll(FileSink out, int docShards, int termShards) {
        if (fingerprint == 0 || !out.keep(FOLDER + "index.json", fingerprint)) return false;
        for (int s = 0; s < docShards; s++) {
            if (!out.keep(FOLDER + "docs-" + s + ".json", fingerprint)) throw new IllegalStateException("search index: docs-" + s + ".json is missing from the last build");
        }
        for (int s = 0; s < termShards; s++) {
            if (!out.keep(FOLDER + "terms-" + s + ".json", fingerprint)) throw new IllegalStateException("search index: terms-" + s + ".json is missing from the last build");
        }
        return true;
    }

    private void writeDocs(FileSink out) throws IOException {
        int shards = (archive.size() + DOCS_PER_SHARD - 1) / DOCS_PER_SHARD;
        for (int s = 0; s < Math.max(shards, 1); s++) {
            StringBuilder b = new StringBuilder(DOCS_PER_SHARD * 300).append('[');
            for (int i = s * DOCS_PER_SHARD; i < Math.min(archive.size(), (s + 1) * DOCS_PER_SHARD); i++) {
                if (i > s * DOCS_PER_SHARD) b.append(",\n");
                Article a = archive.article(i);
                String link = links.link(archive.permalink(i).path()).substring(links.root().length());
                List<String> tags = new ArrayList<>();
                for (TagPage t : archive.tagsOf(i)) tags.add(t.tag().name());
                b.append('[').append(json(a.title())).append(',').append(json(link)).append(',')
                        .append(json(a.published().atZone(zone).toLocalDate().toString())).append(',')
                        .append(json(shorten(a.summary()))).append(',').append(json(tags)).append(']');
            }
            b.append("]\n");
            out.file(FOLDER + "docs-" + s + ".json", b.toString().getBytes(StandardCharsets.UTF_8));
        }
    }

    static String shorten(String summary) {
        if (summary == null) return "";
        if (summary.length() <= SUMMARY_CHARS) return summary;
        int cut = summary.lastIndexOf(' ', SUMMARY_CHARS);
        return summary.substring(0, cut > SUMMARY_CHARS / 2 ? cut : SUMMARY_CHARS).stripTrailing() + "…";
    }

    // ---------------------------------------------------------------- terms

    /** Bucket files are written in archive order, so each term's ids come out ascending. */
    static int buckets(int articles) {
        int b = 1;
        while (b < MAX_BUCKETS && b * 2000L < articles) b *= 2;
        return b;
    }

    /**
     * Shards per bucket, a power of two, so that a shard holds about TARGET_SHARD_BYTES (two bytes
     * a posting). Estimated from the number of articles alone, so the same archive size always
     * gives the same files (an incremental build can then keep them all).
     */
    static int multiplier(long postings, int buckets) {
        long perBucket = postings * 2 / buckets;
        int m = 1;
        while ((long) m * TARGET_SHARD_BYTES < perBucket && m < (1 << 16)) m *= 2;
        return m;
    }

    /** Reads the bodies not seen while rendering, a block at a time on all cores, into the bucket files. */
    private void spillTheRest(Buckets files) throws IOException {
        BodyReader reader = new BodyReader(contentDir);
        for (int from = 0; from < archive.size(); from += BLOCK) {
            int to = Math.min(archive.size(), from + BLOCK);
            try {
                IntStream.range(from, to).filter(i -> !files.has(i)).parallel().forEach(i -> files.add(i, bodyText(read(reader, archive.article(i)))));
            } catch (UncheckedIOException e) {
                throw e.getCause();
            }
        }
    }

    /** The body as plain text, from the source (no Markdown rendering): cheap, and the words are the same. */
    static String bodyText(ArticleBody body) {
        if (body instanceof ArticleBody.Markdown m) return SearchTerms.markdownText(m.source());
        StringBuilder s = new StringBuilder();
        for (TextBlock b : ((ArticleBody.Text) body).blocks()) {
            if (b instanceof TextBlock.Paragraph p) s.append(p.text()).append('\n');
            else if (b instanceof TextBlock.Figure f) s.append(f.caption()).append('\n');
        }
        return s.toString();
    }

    private static ArticleBody read(BodyReader reader, Article a) {
        try {
            return reader.read(a);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** One bucket's terms into its shards (those with number ≡ bucket modulo the bucket count); returns its term count. */
    private static long writeShards(Path bucket, int b, int buckets, int shards, FileSink out) throws IOException {
        Map<String, IntList> postings = new HashMap<>();
        try (DataInputStream in = new DataInputStream(new BufferedInputStream(Files.newInputStream(bucket), 1 << 16))) {
            while (true) {
                String term;
                try {
                    term = in.readUTF();
                } catch (EOFException end) {
                    break;
                }
                postings.computeIfAbsent(term, t -> new IntList()).add(in.readInt());
            }
        }
        // articles are added as their pages are rendered, in no set order
        for (IntList ids : postings.values()) ids.sort();
        int per = shards / buckets;
        List<List<String>> byShard = new ArrayList<>(per);
        for (int k = 0; k < per; k++) byShard.add(new ArrayList<>());
        for (String term : postings.keySet()) byShard.get((int) (hash(term) % shards) / buckets).add(term);
        for (int k = 0; k < per; k++) {
            List<String> terms = byShard.get(k);
            terms.sort(null);
            StringBuilder s = new StringBuilder(TARGET_SHARD_BYTES + 1024).append('{');
            for (String t : terms) {
                if (s.length() > 1) s.append(",\n");
                s.append(json(t)).append(":\"");
                encode(postings.get(t), s);
                s.append('"');
            }
            s.append("}\n");
            out.file(FOLDER + "terms-" + (k * buckets + b) + ".json", s.toString().getBytes(StandardCharsets.UTF_8));
        }
        return postings.size();
    }

    /**
     * Ascending values as the gaps between them, each gap in base 32, lowest digit first, a digit
     * with 32 added when more digits of the same gap follow: gaps under 32 take one character.
     */
    static void encode(IntList values, StringBuilder out) {
        int prev = 0;
        for (int k = 0; k < values.size(); k++) {
            int gap = values.get(k) - prev;
            prev = values.get(k);
            while (gap >= 32) {
                out.append(DIGITS.charAt(32 + (gap & 31)));
                gap >>>= 5;
            }
            out.append(DIGITS.charAt(gap));
        }
    }

    static int[] decode(String s) {
        IntList out = new IntList();
        int prev = 0;
        int gap = 0;
        int shift = 0;
        for (int k = 0; k < s.length(); k++) {
            int d = DIGITS.indexOf(s.charAt(k));
            gap |= (d & 31) << shift;
            if (d >= 32) {
                shift += 5;
            } else {
                prev += gap;
                out.add(prev);
                gap = 0;
                shift = 0;
            }
        }
        return out.toArray();
    }

    /** FNV-1a over the term's UTF-8 bytes: search.js computes the same to find a term's shard. */
    static long hash(String term) {
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

    // ---------------------------------------------------------------- JSON

    private static String json(Object value) {
        StringBuilder s = new StringBuilder();
        if (value instanceof String str) {
            s.append('"');
            for (int i = 0; i < str.length(); i++) {
                char c = str.charAt(i);
                switch (c) {
                    case '"' -> s.append("\\\"");
                    case '\\' -> s.append("\\\\");
                    case '\n' -> s.append("\\n");
                    default -> {
                        if (c < 0x20 || c == '\u2028' || c == '\u2029') s.append(String.format("\\u%04x", (int) c));
                        else s.append(c);
                    }
                }
            }
            s.append('"');
        } else if (value instanceof Iterable<?> list) {
            s.append('[');
            for (Object o : list) {
                if (s.length() > 1) s.append(',');
                s.append(json(o));
            }
            s.append(']');
        }
        return s.toString();
    }

    /** A growable int array. */
    static final class IntList {
        private int[] items = new int[4];
        private int size;

        void add(int v) {
            if (size == items.length) items = Arrays.copyOf(items, size * 2);
            items[size++] = v;
        }

        int get(int k) {
            return items[k];
        }

        int size() {
            return size;
        }

        int[] toArray() {
            return Arrays.copyOf(items, size);
        }

        void sort() {
            Arrays.sort(items, 0, size);
        }
    }

    /**
     * The temporary bucket files: (term, id·2+flag) records, a term's bucket chosen by its hash, so
     * each bucket can become its shards on its own. Articles are added from many threads.
     */
    private final class Buckets implements BodySource {
        private final int count;
        private final boolean[] seen = new boolean[archive.size()];
        private final AtomicLong postings = new AtomicLong();
        private Path dir;
        private DataOutputStream[] files;

        Buckets(int count) {
            this.count = count;
        }

        int count() {
            return count;
        }

        long postings() {
            return postings.get();
        }

        boolean has(int i) {
            return seen[i];
        }

        @Override
        public void read(int position, Article article, ArticleBody body) {
            add(position, bodyText(body));
        }

        /** The article's terms: title and tags (flagged), then summary and body. */
        void add(int i, String body) {
            // the order of an article's terms does not matter: each shard sorts its terms and postings
            Set<String> heading = new HashSet<>();
            SearchTerms.add(archive.article(i).title(), heading);
            for (TagPage t : archive.tagsOf(i)) SearchTerms.add(t.tag().name(), heading);
            Set<String> all = new HashSet<>(heading);
            Article a = archive.article(i);
            if (a.summary() != null) SearchTerms.add(a.summary(), all);
            SearchTerms.add(body, all);
            try {
                DataOutputStream[] out = open();
                for (String term : all) {
                    DataOutputStream f = out[(int) (hash(term) % count)];
                    synchronized (f) {
                        f.writeUTF(term);
                        f.writeInt(i * 2 + (heading.contains(term) ? 1 : 0));
                    }
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            postings.addAndGet(all.size());
            seen[i] = true;
        }

        private synchronized DataOutputStream[] open() throws IOException {
            if (files == null) {
                dir = Files.createTempDirectory("gazette-search-");
                DataOutputStream[] f = new DataOutputStream[count];
                for (int b = 0; b < count; b++) f[b] = new DataOutputStream(new BufferedOutputStream(Files.newOutputStream(dir.resolve(b + ".bin")), 1 << 14));
                files = f;
            }
            return files;
        }

        void finish() throws IOException {
            open();
            for (DataOutputStream f : files) f.close();
        }

        Path file(int b) {
            return dir.resolve(b + ".bin");
        }

        synchronized void delete() throws IOException {
            if (files == null) return;
            for (DataOutputStream f : files) f.close();
            OutputFolderCleanup.deleteTree(dir);
            files = null;
        }
    }

    /** Counts what goes through to the sink, and gives every file the index's fingerprint. */
    private static final class Counter implements FileSink {
        private final FileSink out;
        private final long fingerprint;
        private int files;
        private long bytes;

        Counter(FileSink out, long fingerprint) {
            this.out = out;
            this.fingerprint = fingerprint;
        }

        @Override
        public void file(String relative, byte[] content) throws IOException {
            out.file(relative, content, fingerprint);
            files++;
            bytes += content.length;
        }
    }

    /** Temporary bucket files go when the index is written, or when it fails. */
    private static final class OutputFolderCleanup {
        static void deleteTree(Path root) throws IOException {
            try (var s = Files.walk(root)) {
                for (Path p : s.sorted(java.util.Comparator.reverseOrder()).toList()) Files.deleteIfExists(p);
            }
        }
    }
}
