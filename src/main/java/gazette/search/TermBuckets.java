package gazette.search;

import gazette.index.Archive;
import gazette.index.TagPage;
import gazette.io.DataFiles;
import gazette.read.Article;
import gazette.read.ArticleBody;
import gazette.read.text.TextBlock;
import gazette.render.BodySource;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The temporary bucket files the terms are spilled to, a term's bucket chosen by its hash, so
 * that each bucket becomes its shards on its own and memory holds one bucket at most. A bucket
 * holds a group an article: the article's key, then each of its terms there with its weighted
 * count. Articles are added from many threads, as their pages are rendered; those the last build
 * indexed with the same key are taken from its {@link TermCache} instead, unread.
 */
final class TermBuckets implements BodySource, AutoCloseable {
    private static final int MAX_BUCKETS = 256;
    /** A bucket's group of one article, as it is made: bytes without a lock. */
    private static final class Group {
        final Bytes bytes = new Bytes();
        final DataOutputStream data = new DataOutputStream(bytes);
        /** The terms' places, bucket by bucket, and where each bucket's run ends. */
        int[] order = new int[1024];
        int[] ends = new int[MAX_BUCKETS + 1];
    }

    /**
     * A growing array of bytes, with no lock: one thread's own. (A ByteArrayOutputStream locks at
     * every call, and a term's count alone is two: writeShort writes a byte at a time.)
     */
    private static final class Bytes extends java.io.OutputStream {
        private byte[] buffer = new byte[4096];
        private int size;

        @Override
        public void write(int b) {
            if (size == buffer.length) buffer = java.util.Arrays.copyOf(buffer, size * 2);
            buffer[size++] = (byte) b;
        }

        @Override
        public void write(byte[] b, int off, int len) {
            if (size + len > buffer.length) buffer = java.util.Arrays.copyOf(buffer, Math.max(size + len, size * 2));
            System.arraycopy(b, off, buffer, size, len);
            size += len;
        }

        void reset() {
            size = 0;
            if (buffer.length > 1 << 20) buffer = new byte[4096]; // not kept at the size of one huge article's group
        }

        void writeTo(java.io.OutputStream out) throws IOException {
            out.write(buffer, 0, size);
        }
    }

    private static final ThreadLocal<Group> GROUPS = ThreadLocal.withInitial(Group::new);
    /** Each rendering thread's table of an article's terms, kept from article to article. */
    private static final ThreadLocal<ArticleTerms> TABLES = ThreadLocal.withInitial(ArticleTerms::new);

    /** Where reading a bucket puts each term's (article, count) pairs ({@link Postings#pair}). */
    interface PairLists {
        Postings.LongList forTerm(String term);
    }

    private final Archive archive;
    private final SearchTerms terms;
    private final int count;
    private final boolean[] seen;
    /** Each article's number of words, for {@link Relevance}. */
    private final int[] lengths;
    private final AtomicLong postings = new AtomicLong();
    private final TermCache cache;
    /** Each article's key in the cache. */
    private final long[] keys;
    /** For each entry of the cache's table, the article taken from it, whose terms are read from it; -1 for none. */
    private int[] fromEntry;
    private DataOutputStream[] files;
    /** Each body seen also gives its article's text for snippets. */
    private final SnippetTexts texts;
    /** For each article, the earlier one whose body it repeats, or -1 (SameBodies): a copy is found as its original, its terms left out. */
    private final int[] originals;

    TermBuckets(Archive archive, SearchTerms terms, int count, int[] originals, long[] keys, TermCache cache) {
        this.archive = archive;
        this.terms = terms;
        this.count = count;
        this.seen = new boolean[archive.size()];
        this.lengths = new int[archive.size()];
        this.texts = new SnippetTexts(archive, cache);
        this.originals = originals;
        this.keys = keys;
        this.cache = cache;
    }

    SnippetTexts texts() {
        return texts;
    }

    /** Enough buckets that one holds the terms of about 2,000 articles. */
    static int count(int articles) {
        int b = 1;
        while (b < MAX_BUCKETS && b * 2000L < articles) b *= 2;
        return b;
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

    /** The body as plain text, from the source (no Markdown rendering): cheap, and the words are the same. */
    static String bodyText(ArticleBody body) {
        if (body instanceof ArticleBody.Markdown m) return SearchTerms.markdownText(m.source());
        StringBuilder s = new StringBuilder();
        for (TextBlock b : ((ArticleBody.Text) body).blocks()) {
            if (b instanceof TextBlock.Paragraph p) s.append(p.text()).append('\n');
            else if (b instanceof TextBlock.Figure f) s.append(f.caption()).append('\n').append(f.credit()).append('\n');
        }
        return s.toString();
    }

    /**
     * The article's terms, each with how often it occurs, weighted by where ({@link Relevance}):
     * title and tags, then summary, editor and body (photo credits included).
     */
    void add(int i, String body) {
        texts.write(i, body);
        if (originals[i] >= 0) {
            seen[i] = true;
            return;
        }
        // the order of an article's terms does not matter: each shard sorts its terms and postings
        ArticleTerms counts = TABLES.get();
        counts.clear();
        Article a = archive.article(i);
        terms.count(a.title(), counts, Relevance.TITLE);
        for (TagPage t : archive.tagsOf(i)) terms.count(t.tag().name(), counts, Relevance.TITLE);
        if (a.summary() != null) terms.count(a.summary(), counts, Relevance.SUMMARY);
        if (a.editor() != null) terms.count(a.editor(), counts, Relevance.SUMMARY);
        terms.count(body, counts, Relevance.BODY);
        lengths[i] = counts.words();
        // what a search can be narrowed to: no word has a colon, so these meet no word
        counts.addFilter(SearchTerms.YEAR + archive.permalink(i).day().getYear());
        gazette.index.Section section = archive.sectionOf(i);
        if (section != null) counts.addFilter(SearchTerms.SECTION + section.slug());
        for (TagPage t : archive.tagsOf(i)) counts.addFilter(SearchTerms.TAG + t.tag().slug());
        write(i, counts);
        postings.addAndGet(counts.size());
        seen[i] = true;
    }

    /** The article's terms, a group in each bucket that has any of them. */
    private void write(int i, ArticleTerms counts) {
        try {
            DataOutputStream[] out = open();
            Group group = GROUPS.get();
            int[] order = byBucket(counts, group);
            int[] ends = group.ends;
            for (int b = 0, from = 0; b < count; from = ends[b++]) {
                int to = ends[b];
                if (from == to) continue;
                // the group is made in this thread's own buffer, and goes to the shared file at once
                group.bytes.reset();
                group.data.writeInt(i); // this build's own file: the article's place, which no two share
                group.data.writeInt(to - from);
                for (int j = from; j < to; j++) {
                    group.data.write(counts.utf(order[j])); // as writeUTF writes it, encoded once
                    group.data.writeShort(Math.min(counts.count(order[j]), Short.MAX_VALUE));
                }
                DataOutputStream f = out[b];
                synchronized (f) {
                    group.bytes.writeTo(f);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(spillFailed(e));
        }
    }

    /**
     * The terms' places grouped by bucket, each bucket's in the table's order (a counting sort:
     * buckets are few, terms many); bucket b's run ends at {@code group.ends[b]}.
     */
    private int[] byBucket(ArticleTerms counts, Group group) {
        int n = counts.size();
        if (group.order.length < n) group.order = new int[Math.max(n, group.order.length * 2)];
        int[] order = group.order;
        if (group.ends.length < count + 1) group.ends = new int[count + 1]; // a test's count may pass the build's bound
        int[] ends = group.ends;
        java.util.Arrays.fill(ends, 0, count + 1, 0);
        for (int k = 0; k < n; k++) ends[bucket(counts, k) + 1]++;
        for (int b = 0; b < count; b++) ends[b + 1] += ends[b];
        // ends[b] is now where bucket b starts; filling moves it to where b ends
        for (int k = 0; k < n; k++) order[ends[bucket(counts, k)]++] = k;
        return order;
    }

    private int bucket(ArticleTerms counts, int k) {
        return (int) (counts.shardHash(k) % count);
    }

    /**
     * Takes the article from the last build's cache when it holds it under the same key: its
     * length and its text's length now, its terms when its bucket is read. False when it must be read.
     */
    boolean takeFromCache(int i) {
        int e = cache.find(keys[i], count);
        if (e < 0 || originals[i] < 0 && !cache.hasTerms(e)) return false;
        if (originals[i] < 0) {
            if (fromEntry == null) {
                fromEntry = new int[cache.entries()];
                java.util.Arrays.fill(fromEntry, -1);
            }
            // two articles of one key (two fingerprints alike): the entry's terms go to one, the other's body is read
            if (fromEntry[e] >= 0) return false;
            fromEntry[e] = i;
        }
        lengths[i] = originals[i] < 0 ? cache.words(e) : 0;
        texts.known(i, cache.textLength(e));
        seen[i] = true;
        return true;
    }

    /**
     * Reads bucket {@code b} into {@code into}: the groups of the articles added in this build, a
     * term at a time, and the cached terms of the articles taken from the cache, a term's list of
     * pairs at a time.
     */
    void read(int b, PairLists into) throws IOException {
        // the cache first: its pairs come in the order of the articles, and stay in it when most articles did not move
        readCache(b, into);
        byte[] utf = new byte[2 + 0xFFFF];
        try (DataInputStream in = DataFiles.reader(file(b), 1 << 16)) {
            while (true) {
                int i;
                try {
                    i = in.readInt();
                } catch (EOFException end) {
                    break;
                }
                int n = in.readInt();
                for (int k = 0; k < n; k++) {
                    int length = in.readUnsignedShort();
                    utf[0] = (byte) (length >>> 8);
                    utf[1] = (byte) length;
                    in.readFully(utf, 2, length);
                    int c = in.readShort();
                    into.forTerm(term(utf, length)).add(Postings.pair(i, c));
                }
            }
        }
    }

    private void readCache(int b, PairLists into) throws IOException {
        DataInputStream old = fromEntry == null ? null : cache.terms(b, count);
        if (old == null) return;
        try (old) {
            TermCache.TermRecord t = new TermCache.TermRecord();
            long used = 0;
            while (t.read(old)) {
                Postings.LongList pairs = null;
                for (int k = 0; k < t.pairs; k++) {
                    int e = t.nextEntry(fromEntry.length);
                    int c = t.nextCount();
                    // an entry no article was taken from: one since changed, removed, rendered in this build (its terms are in
                    // this build's groups), now a repeat of another's body, or a second article of the same key
                    int i = fromEntry[e];
                    if (i < 0) continue;
                    if (pairs == null) pairs = into.forTerm(term(t.utf, t.utfLength));
                    pairs.add(Postings.pair(i, c));
                    used++;
                }
                t.end();
            }
            postings.addAndGet(used);
        } catch (IOException damaged) {
            // found only now (a file of the right length and generation, its bytes changed): this build stops, the next reads the bodies
            throw cache.damaged(b, damaged);
        }
    }

    /**
     * The term whose modified UTF-8 (as {@link DataOutputStream#writeUTF} writes it, its two length
     * bytes first) is in {@code utf}: most terms are plain ASCII, read as they are.
     */
    private static String term(byte[] utf, int length) throws IOException {
        for (int k = 2; k < length + 2; k++) {
            if (utf[k] <= 0) return DataInputStream.readUTF(new DataInputStream(new java.io.ByteArrayInputStream(utf, 0, length + 2)));
        }
        return new String(utf, 2, length, java.nio.charset.StandardCharsets.ISO_8859_1);
    }

    /** What ranks the articles, once every one is in. */
    Relevance relevance(int older) {
        return new Relevance(lengths, older);
    }

    /** Closes the bucket files under the lock their writers hold: a failed build's render threads may still be at them. */
    private static void closeFiles(DataOutputStream[] files) throws IOException {
        for (DataOutputStream f : files) {
            synchronized (f) {
                f.close();
            }
        }
    }

    private synchronized DataOutputStream[] open() throws IOException {
        if (files == null) {
            DataOutputStream[] f = new DataOutputStream[count];
            for (int b = 0; b < count; b++) f[b] = DataFiles.writer(file(b), 1 << 14);
            files = f;
        }
        return files;
    }

    /** Every article is in: the files can be read. */
    void finish() throws IOException {
        try {
            closeFiles(open());
        } catch (IOException e) {
            throw spillFailed(e);
        }
    }

    /** A full disk under the spill folder, said with the folder and the room left. */
    private IOException spillFailed(IOException e) {
        try {
            return gazette.write.WriteErrors.cannotWrite(cache.spill(), e);
        } catch (IOException | RuntimeException other) {
            return e;
        }
    }

    private Path file(int b) throws IOException {
        return cache.spill().resolve("bucket-" + b + ".bin");
    }

    /** Each article's key, number of words and text's length, for the next build's cache. */
    void save(TermCache.Saving saving) throws IOException {
        boolean[] indexed = new boolean[originals.length];
        for (int i = 0; i < indexed.length; i++) indexed[i] = originals[i] < 0;
        saving.finish(keys, lengths, texts.lengths(), indexed);
    }

    /** The files go when the index is written, or when the build fails (with the cache's spill folder). */
    @Override
    public synchronized void close() throws IOException {
        texts.close();
        if (files == null) return;
        closeFiles(files);
        files = null;
    }
}
