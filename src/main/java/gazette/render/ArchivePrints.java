package gazette.render;

import gazette.index.Archive;
import gazette.index.TagPage;
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
    private final long[] articles;

    /**
     * @param sources fingerprint of each article's source bytes, in archive order
     * @param code    identifies the Gazette build and the settings
     */
    public ArchivePrints(Archive archive, long[] sources, String code) {
        this.archive = archive;
        this.sources = sources;
        this.code = new Hasher().add(code).get();
        this.articles = new long[archive.size()];
        java.util.stream.IntStream.range(0, articles.length).parallel().forEach(i -> articles[i] = article(i));
    }

    private long article(int i) {
        Hasher h = new Hasher().add(print.of(archive.article(i))).add(archive.permalink(i).path());
        for (TagPage t : archive.tagsOf(i)) h.add(t.tag().name()).add(t.tag().slug());
        return h.get();
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
