package gazette.search;

import gazette.index.Archive;
import gazette.index.TagPage;
import gazette.read.Article;
import gazette.read.ArticleBody;
import gazette.read.text.TextBlock;
import gazette.render.BodySource;
import java.io.BufferedOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Consumer;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;

/**
 * The temporary bucket files the terms are spilled to: (term, article, weighted count) records, a term's bucket
 * chosen by its hash, so that each bucket becomes its shards on its own and memory holds one
 * bucket at most. Articles are added from many threads, as their pages are rendered.
 */
final class TermBuckets implements BodySource, AutoCloseable {
    private static final int MAX_BUCKETS = 256;

    private final Archive archive;
    private final SearchTerms terms;
    private final int count;
    private final boolean[] seen;
    /** Each article's number of words, for {@link Relevance}. */
    private final int[] lengths;
    private final AtomicLong postings = new AtomicLong();
    private Path dir;
    private DataOutputStream[] files;
    /** Each body seen also gives its article's text for snippets. */
    private final SnippetTexts texts;
    /** For each article, the earlier one whose body it repeats, or -1 (SameBodies): a copy is found as its original, its terms left out. */
    private final int[] originals;

    TermBuckets(Archive archive, SearchTerms terms, int count, SnippetTexts texts, int[] originals) {
        this.archive = archive;
        this.terms = terms;
        this.count = count;
        this.seen = new boolean[archive.size()];
        this.lengths = new int[archive.size()];
        this.texts = texts;
        this.originals = originals;
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
        Map<String, int[]> counts = new HashMap<>();
        int[] words = new int[1];
        Article a = archive.article(i);
        Consumer<String> title = weigh(counts, words, Relevance.TITLE);
        terms.each(a.title(), title);
        for (TagPage t : archive.tagsOf(i)) terms.each(t.tag().name(), title);
        Consumer<String> summary = weigh(counts, words, Relevance.SUMMARY);
        if (a.summary() != null) terms.each(a.summary(), summary);
        if (a.editor() != null) terms.each(a.editor(), summary);
        terms.each(body, weigh(counts, words, Relevance.BODY));
        lengths[i] = words[0];
        // what a search can be narrowed to: no word has a colon, so these meet no word
        counts.putIfAbsent(SearchTerms.YEAR + archive.permalink(i).day().getYear(), new int[1]);
        gazette.index.Section section = archive.sectionOf(i);
        if (section != null) counts.putIfAbsent(SearchTerms.SECTION + section.slug(), new int[1]);
        for (TagPage t : archive.tagsOf(i)) counts.putIfAbsent(SearchTerms.TAG + t.tag().slug(), new int[1]);
        try {
            DataOutputStream[] out = open();
            for (Map.Entry<String, int[]> term : counts.entrySet()) {
                DataOutputStream f = out[(int) (TermHash.of(term.getKey()) % count)];
                synchronized (f) {
                    f.writeUTF(term.getKey());
                    f.writeInt(i);
                    f.writeShort(Math.min(term.getValue()[0], Short.MAX_VALUE));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        postings.addAndGet(counts.size());
        seen[i] = true;
    }

    private static Consumer<String> weigh(Map<String, int[]> counts, int[] words, int weight) {
        return term -> {
            counts.computeIfAbsent(term, t -> new int[1])[0] += weight;
            words[0]++;
        };
    }

    /** What ranks the articles, once every one is in. */
    Relevance relevance() {
        return new Relevance(lengths);
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

    /** Every article is in: the files can be read. */
    void finish() throws IOException {
        open();
        for (DataOutputStream f : files) f.close();
    }

    Path file(int b) {
        return dir.resolve(b + ".bin");
    }

    /** The files go when the index is written, or when the build fails. */
    @Override
    public synchronized void close() throws IOException {
        texts.close();
        if (files == null) return;
        for (DataOutputStream f : files) f.close();
        try (Stream<Path> s = Files.walk(dir)) {
            for (Path p : s.sorted(Comparator.reverseOrder()).toList()) Files.deleteIfExists(p);
        }
        files = null;
    }
}
