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
import java.util.HashSet;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;

/**
 * The temporary bucket files the terms are spilled to: (term, id·2+flag) records, a term's bucket
 * chosen by its hash, so that each bucket becomes its shards on its own and memory holds one
 * bucket at most. Articles are added from many threads, as their pages are rendered.
 */
final class TermBuckets implements BodySource, AutoCloseable {
    private static final int MAX_BUCKETS = 256;

    private final Archive archive;
    private final SearchTerms terms;
    private final int count;
    private final boolean[] seen;
    private final AtomicLong postings = new AtomicLong();
    private Path dir;
    private DataOutputStream[] files;
    private SnippetTexts texts;
    /** For each article, the earlier one whose body it repeats, or -1 (SameBodies): a copy is found as its original. */
    private int[] originals;

    TermBuckets(Archive archive, SearchTerms terms, int count) {
        this.archive = archive;
        this.terms = terms;
        this.count = count;
        this.seen = new boolean[archive.size()];
    }

    /** Each body seen also gives its article's text for snippets. */
    TermBuckets withTexts(SnippetTexts texts) {
        this.texts = texts;
        return this;
    }

    /** The same story published twice is one result: the copies' terms are left out of the index. */
    TermBuckets withOriginals(int[] originals) {
        this.originals = originals;
        return this;
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

    /** The article's terms: title and tags (flagged), then summary, editor and body (photo credits included). */
    void add(int i, String body) {
        if (texts != null) texts.write(i, body);
        if (originals != null && originals[i] >= 0) {
            seen[i] = true;
            return;
        }
        // the order of an article's terms does not matter: each shard sorts its terms and postings
        Set<String> heading = new HashSet<>();
        terms.add(archive.article(i).title(), heading);
        for (TagPage t : archive.tagsOf(i)) terms.add(t.tag().name(), heading);
        Set<String> all = new HashSet<>(heading);
        Article a = archive.article(i);
        if (a.summary() != null) terms.add(a.summary(), all);
        if (a.editor() != null) terms.add(a.editor(), all);
        terms.add(body, all);
        // what a search can be narrowed to: no word has a colon, so these meet no word
        all.add(SearchTerms.YEAR + archive.permalink(i).day().getYear());
        gazette.index.Section section = archive.sectionOf(i);
        if (section != null) all.add(SearchTerms.SECTION + section.slug());
        for (TagPage t : archive.tagsOf(i)) all.add(SearchTerms.TAG + t.tag().slug());
        try {
            DataOutputStream[] out = open();
            for (String term : all) {
                DataOutputStream f = out[(int) (TermHash.of(term) % count)];
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
        if (files == null) return;
        for (DataOutputStream f : files) f.close();
        try (Stream<Path> s = Files.walk(dir)) {
            for (Path p : s.sorted(Comparator.reverseOrder()).toList()) Files.deleteIfExists(p);
        }
        files = null;
    }
}
