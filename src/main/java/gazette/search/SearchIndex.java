package gazette.search;

import gazette.index.Archive;
import gazette.index.Links;
import gazette.index.Paths;
import gazette.read.Article;
import gazette.read.ArticleBody;
import gazette.read.BodyReader;
import gazette.render.ArchivePrints;
import gazette.render.BodySource;
import gazette.site.Settings;
import gazette.text.Json;
import gazette.write.FileSink;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeSet;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.IntStream;

/**
 * The search page's index, in {@code search/} beside the page, as small static files so that a
 * reader's browser downloads only what a query needs (README, "Search"):
 * <ul>
 *   <li>{@code search/index.json}: the counts and rules the script needs;</li>
 *   <li>{@code search/docs-N.json}: what results show ({@link DocShards}), by id: an article's
 *   place counted from the oldest, so a new story adds to the last file alone;</li>
 *   <li>{@code search/texts/…}: the articles' texts, for snippets ({@link SnippetTexts});</li>
 *   <li>{@code search/terms-N.json}: the terms and their postings ({@link TermShards}, {@link Postings});</li>
 *   <li>{@code search/recent-N.json}: the same for the newest articles ({@link RecentTerms}).</li>
 * </ul>
 *
 * <p>Memory stays bounded: each article's terms are taken from its body while its page is
 * rendered (or, for a page kept from the last build, read a block at a time), spilled to temporary
 * bucket files ({@link TermBuckets}), and each bucket turned into its shards on its own.
 */
public final class SearchIndex implements AutoCloseable {
    public static final String FOLDER = Paths.SEARCH;
    public static final int DOCS_PER_SHARD = DocShards.PER_SHARD;
    /** Changes when the files' format does, so an incremental build does not keep old ones. */
    static final int VERSION = 8;
    private static final int BLOCK = 512;
    /** Buckets turned into shards at once, at most: each holds its postings in memory meanwhile. */
    private static final int BUCKET_THREADS = 4;

    private final Archive archive;
    private final Links links;
    private final Path contentDir;
    private final SearchTerms analyser;
    private final int[] originals;
    private long fingerprint;
    private ArchivePrints prints;
    private TermBuckets collected;
    private TermCache cache = TermCache.none();
    private final java.util.concurrent.atomic.AtomicInteger bodiesRead = new java.util.concurrent.atomic.AtomicInteger();
    private java.util.function.IntFunction<gazette.pictures.Pictures.Published> leads = i -> null;

    /** The recent file ({@code search/recent-N.json}) a term's newest postings are in. */
    public static int recentShard(String term) {
        return RecentTerms.shard(term);
    }

    public SearchIndex(Archive archive, Links links, Settings settings, Path contentDir) {
        this.archive = archive;
        this.links = links;
        this.contentDir = contentDir;
        this.analyser = new SearchTerms(SearchTerms.Stemmer.of(settings.language()));
        this.originals = gazette.index.SameBodies.originals(archive);
    }

    /** Each article's lead picture (by its place in the archive), or null: results show it small, as listings do. */
    public SearchIndex withLeads(java.util.function.IntFunction<gazette.pictures.Pictures.Published> leads) {
        this.leads = leads;
        return this;
    }

    /** What was written, for the bench and the tests; {@code bodiesRead}: the bodies read for it, not seen while rendering nor kept from the last build. */
    public record Result(int files, long bytes, int docShards, int termShards, long postings, long terms, int bodiesRead) {}

    /**
     * Lets an incremental build keep the whole index when no article changed: every file of it
     * carries one fingerprint of all the articles, bodies included, and the files are the same
     * set for the same number of articles.
     */
    public SearchIndex skipUnchanged(ArchivePrints fingerprints) {
        this.fingerprint = fingerprints.all(FOLDER, "search index", VERSION);
        this.prints = fingerprints;
        return this;
    }

    /**
     * Keeps each article's terms beside the site built into {@code out} ({@link TermCache}), and
     * takes those of articles the last build indexed from there, unless {@code clean}.
     *
     * @param key the code and the settings: another's cache is not used
     */
    public SearchIndex keepTermsBeside(Path out, String key, boolean clean) throws IOException {
        cache.close();
        cache = TermCache.beside(out, key, clean);
        return this;
    }

    /**
     * The terms of each article whose page is rendered from here on, taken from the body the page
     * was made from: a clean build then reads no body a second time for the index.
     */
    public BodySource collectWhileRendering() {
        collected = buckets(TermBuckets.count(archive.size()));
        return collected;
    }

    private TermBuckets buckets(int count) {
        long[] keys = new long[archive.size()];
        for (int i = 0; i < keys.length; i++) keys[i] = prints == null ? i : prints.key(i);
        return new TermBuckets(archive, analyser, count, originals, keys, cache);
    }

    public Result write(FileSink out) throws IOException {
        return write(out, TermBuckets.count(archive.size()));
    }

    /** Deletes what was collected for an index that will not be written (the build failed). */
    @Override
    public void close() throws IOException {
        try {
            if (collected != null) collected.close();
            collected = null;
        } finally {
            cache.close();
        }
    }

    /** With a given number of bucket files (tests use several on a small archive). */
    Result write(FileSink out, int buckets) throws IOException {
        // the term shards hold every article but the newest few (RecentTerms), and are sized by them
        int recentFrom = RecentTerms.from(archive.size());
        int termShards = TermShards.count(recentFrom, buckets);
        int docShards = DocShards.count(archive.size());
        boolean fromRendering = collected != null && collected.count() == buckets;
        TermBuckets files = fromRendering ? collected : buckets(buckets);
        SnippetTexts texts = files.texts();
        try {
            // each file of texts has its own fingerprint, of its articles: a new article rewrites its day's alone
            Map<String, Long> textPrints = texts.fingerprints(prints);
            if (reuseAll(out, docShards, termShards, textPrints)) return new Result(0, 0, docShards, termShards, 0, 0, 0);
            Counter counted = new Counter(out, fingerprint);
            spillTheRest(files);
            files.finish();
            // the texts first: each doc record says where its article's text is
            BodyReader reader = new BodyReader(contentDir);
            texts.writeFiles(textPrints, counted, i -> TermBuckets.bodyText(read(reader, archive.article(i))));
            DocShards.write(archive, links, leads, texts::location, prints, counted);
            long terms = 0;
            Relevance relevance = files.relevance(recentFrom);
            RecentTerms recent = new RecentTerms();
            try (TermCache.Saving saving = cache.save(buckets)) {
                AtomicLong termCount = new AtomicLong();
                eachBucket(buckets, b -> termCount.addAndGet(TermShards.write(files, b, buckets, termShards, relevance, recent, recentFrom, counted,
                        saving.bucket(b))));
                terms = termCount.get();
                recent.write(counted);
                files.save(saving);
            }
            Map<String, Object> index = new LinkedHashMap<>();
            index.put("version", VERSION);
            index.put("docs", archive.size());
            index.put("docsPerShard", DocShards.PER_SHARD);
            index.put("termShards", termShards);
            index.put("recentFrom", recentFrom);
            index.put("recentShards", RecentTerms.SHARDS);
            index.put("levels", Relevance.LEVELS);
            index.put("weights", Relevance.WEIGHTS);
            index.put("maxLength", SearchTerms.MAX_LENGTH);
            index.put("stopWords", new TreeSet<>(SearchTerms.STOP_WORDS));
            index.put("stemmer", analyser.stemmer().id());
            // what the search page offers to narrow a search to, newest year and largest section first
            List<Integer> years = new ArrayList<>();
            for (gazette.index.YearPage y : archive.years()) years.add(y.year());
            index.put("years", years);
            List<List<String>> sections = new ArrayList<>();
            for (gazette.index.Section s : archive.sections()) sections.add(List.of(s.slug(), s.name()));
            index.put("sections", sections);
            counted.file(FOLDER + "index.json", (Json.of(index) + "\n").getBytes(StandardCharsets.UTF_8));
            return new Result(counted.files, counted.bytes, docShards, termShards, files.postings(), terms, bodiesRead.get());
        } finally {
            files.close();
            if (collected != null && collected != files) collected.close();
            collected = null;
            cache.close(); // its temporary files
        }
    }

    /** What is done with one bucket. */
    private interface BucketWork {
        void run(int bucket) throws IOException;
    }

    /**
     * Turns the buckets into their shards on a pool of at most {@link #BUCKET_THREADS} threads: a
     * bucket is read, sorted and encoded on its own, and memory holds one bucket a thread.
     */
    private static void eachBucket(int buckets, BucketWork work) throws IOException {
        ForkJoinPool pool = new ForkJoinPool(Math.max(1, Math.min(BUCKET_THREADS, Runtime.getRuntime().availableProcessors())));
        try {
            pool.submit(() -> IntStream.range(0, buckets).parallel().forEach(b -> {
                try {
                    work.run(b);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            })).get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new java.io.InterruptedIOException("stopped while the search index was written");
        } catch (ExecutionException e) {
            if (e.getCause() instanceof UncheckedIOException io) throw io.getCause();
            if (e.getCause() instanceof RuntimeException r) throw r;
            if (e.getCause() instanceof Error err) throw err;
            throw new IllegalStateException(e.getCause());
        } finally {
            pool.shutdown();
        }
    }

    /** True when the previous build wrote every file of this index from the same articles. */
    private boolean reuseAll(FileSink out, int docShards, int termShards, Map<String, Long> textPrints) {
        if (fingerprint == 0) return false;
        // the files stand or fall together: one deleted or edited by hand, and all are made again
        Map<String, Long> files = new LinkedHashMap<>();
        files.put(FOLDER + "index.json", fingerprint);
        for (int s = 0; s < termShards; s++) files.put(FOLDER + "terms-" + s + ".json", fingerprint);
        for (int s = 0; s < RecentTerms.SHARDS; s++) files.put(FOLDER + "recent-" + s + ".json", fingerprint);
        files.putAll(textPrints);
        // each doc file has a fingerprint of its own (DocShards): made from the same articles as the
        // whole index was, it is the same, whatever fingerprint it was made under
        List<String> docs = new ArrayList<>();
        for (int s = 0; s < docShards; s++) docs.add(FOLDER + "docs-" + s + ".json");
        for (Map.Entry<String, Long> f : files.entrySet()) if (!out.reusable(f.getKey(), f.getValue())) return false;
        for (String d : docs) if (!out.keepable(d)) return false;
        for (Map.Entry<String, Long> f : files.entrySet()) out.reuse(f.getKey(), f.getValue());
        for (String d : docs) out.keep(d);
        return true;
    }

    /**
     * Takes the articles not seen while rendering from the last build's cache, and reads the
     * bodies of the others, a block at a time on all cores, into the bucket files.
     */
    private void spillTheRest(TermBuckets files) throws IOException {
        for (int i = 0; i < archive.size(); i++) if (!files.has(i)) files.takeFromCache(i);
        BodyReader reader = new BodyReader(contentDir);
        for (int from = 0; from < archive.size(); from += BLOCK) {
            int to = Math.min(archive.size(), from + BLOCK);
            try {
                IntStream.range(from, to).filter(i -> !files.has(i)).parallel()
                        .forEach(i -> files.add(i, TermBuckets.bodyText(read(reader, archive.article(i)))));
            } catch (UncheckedIOException e) {
                throw e.getCause();
            }
        }
    }

    private ArticleBody read(BodyReader reader, Article a) {
        bodiesRead.incrementAndGet();
        try {
            return reader.read(a);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
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
            file(relative, content, fingerprint);
        }

        /**
         * A file with its own fingerprint: a day's texts. Buckets are made on several threads, but
         * reach the sink one file at a time: a sink need not be safe for threads.
         */
        @Override
        public synchronized void file(String relative, byte[] content, long own) throws IOException {
            out.file(relative, content, own);
            files++;
            bytes += content.length;
        }

        @Override
        public boolean reuse(String relative, long own) {
            return out.reuse(relative, own);
        }
    }
}
