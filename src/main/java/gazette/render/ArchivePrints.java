package gazette.render;

import gazette.index.Archive;
import gazette.index.TagPage;
import gazette.read.Article;
import java.util.List;
import gazette.fingerprint.ValuePrint;
import gazette.fingerprint.Hasher;

/**
 * Fingerprints of the files made from articles without a template (feeds, the search index):
 * each article's metadata (every field of its record), address and tags, and its source bytes.
 */
public final class ArchivePrints {
    private final Archive archive;
    private final long[] sources;
    private final long code;
    private final ValuePrint print = new ValuePrint(null);
    private final long[] shapes;
    private final long[] articles;

    /**
     * @param sources fingerprint of each article's source bytes, in archive order
     * @param code    identifies the Gazette build and the settings
     */
    public ArchivePrints(Archive archive, long[] sources, String code) {
        this.archive = archive;
        this.sources = sources;
        this.code = new Hasher().add(code).get();
        this.shapes = new long[archive.size()];
        this.articles = new long[archive.size()];
        java.util.stream.IntStream.range(0, articles.length).parallel().forEach(i -> {
            shapes[i] = shapeOf(i);
            articles[i] = new Hasher().add(shapes[i]).add(archive.article(i).body()).get();
        });
    }

    private ArchivePrints(ArchivePrints same, Archive archive, long[] sources) {
        this.archive = archive;
        this.sources = sources;
        this.code = same.code;
        this.shapes = same.shapes;
        this.articles = new long[shapes.length];
        for (int i = 0; i < articles.length; i++) articles[i] = new Hasher().add(shapes[i]).add(archive.article(i).body()).get();
    }

    /**
     * These fingerprints for {@code archive}, whose articles have the same shapes as this one's
     * ({@link Archive#withBodies}, or the same archive), with these source bytes: the shapes are
     * kept, and only the bodies' part is made again.
     */
    public ArchivePrints withBodies(Archive archive, long[] sources) {
        if (archive.size() != shapes.length || sources.length != shapes.length) {
            throw new IllegalArgumentException(archive.size() + " articles and " + sources.length + " sources for " + shapes.length + " shapes");
        }
        return new ArchivePrints(this, archive, sources);
    }

    private long shapeOf(int i) {
        Article a = archive.article(i);
        // the body's fingerprint is added apart, so that the rest stands alone (PlanPrint); of the
        // pictures the body shows, their files: where the body writes them is the body's (and error messages')
        Article withoutBody = new Article(a.file(), a.format(), a.title(), a.published(), a.timed(), a.offset(), a.slug(), a.tags(), a.authors(),
                a.source(), a.summary(), a.url(), a.editor(), a.draft(), a.params(), 0, List.of());
        Hasher h = new Hasher().add(print.of(withoutBody)).add(archive.path(i)).add(a.pictures().size());
        for (gazette.read.PictureRef p : a.pictures()) h.add(p.path());
        for (TagPage t : archive.tagsOf(i)) h.add(t.tag().name()).add(t.tag().slug());
        return h.get();
    }

    /** The article's record but its body's fingerprint, its address and its tags: what listings and other pages show of it. */
    public long shape(int i) {
        return shapes[i];
    }

    /** A file made of these articles (bodies included), at its address, with file-specific values. */
    public long entries(String file, int[] entries, Object... extra) {
        Hasher h = new Hasher().add(code).add(file);
        for (int i : entries) h.add(articles[i]).add(sources[i]);
        h.add(print.of(List.of(extra)));
        return h.get();
    }

    /** The article's fingerprint: its record, address, tags and section, and its source bytes (not the code, nor the file it is in). */
    public long key(int i) {
        // the section too: with sections from folders, whether folders are sections depends on the whole archive
        gazette.index.Section s = archive.sectionOf(i);
        return new Hasher().add(articles[i]).add(sources[i]).add(s == null ? "" : s.slug()).get();
    }

    /** Every article: what the search index is made of. */
    public long all(String file, Object... extra) {
        Hasher h = new Hasher().add(code).add(file).add(articles.length);
        for (int i = 0; i < articles.length; i++) h.add(articles[i]).add(sources[i]);
        h.add(print.of(List.of(extra)));
        return h.get();
    }
}
