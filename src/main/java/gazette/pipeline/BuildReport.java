package gazette.pipeline;

import gazette.write.Published;
import java.time.Duration;
import java.util.List;
import java.util.Map;

/**
 * What a build did, for the summary a user reads and for benchmarks. {@code leftOut}: with
 * --keep-going, each file left out of the site and why ({@code path:line: what is wrong}).
 */
public record BuildReport(
        int articles,
        int drafts,
        Map<String, Integer> pagesByKind,
        int assets,
        long filesWritten,
        long bytesWritten,
        Map<String, Duration> stageTimes,
        Duration total,
        List<String> warnings,
        int embargoed,
        Published published,
        int duplicates,
        List<String> leftOut,
        Changes changes,
        SameBody sameBody,
        List<String> withoutPictures,
        PictureWork pictures,
        int tags,
        gazette.index.Archive.TagReport tagReport) {

    /** The pictures published, and how many of them had their derivatives made (the rest came from the cache). */
    public record PictureWork(int published, int made) {
        public static final PictureWork NONE = new PictureWork(0, 0);
    }

    /**
     * What an incremental build did: content files it had to read, pages it rendered (the rest
     * were kept from the last build), and files it removed from the site. {@code files}: every
     * file of the site it wrote or removed, sorted (empty when nothing changed); null when it
     * replaced the site whole, changed more than a thousand, or was not asked to list them (only
     * serve asks: {@link Build#whenPublished}).
     */
    public record Changes(boolean incremental, int filesRead, int pagesRendered, int filesRemoved, List<String> files) {
        public static final Changes CLEAN = new Changes(false, 0, 0, 0, null);
    }

    /**
     * Articles whose body repeats an earlier article's, and what the settings had done with them
     * ({@code duplicates}: kept, left out, or linked to the first).
     */
    public record SameBody(int repeats, gazette.site.Duplicates mode) {
        public static final SameBody NONE = new SameBody(0, gazette.site.Duplicates.KEEP);
    }

    public BuildReport {
        leftOut = List.copyOf(leftOut);
        withoutPictures = List.copyOf(withoutPictures);
    }

    /** With every article's pictures published. */
    public BuildReport(int articles, int drafts, Map<String, Integer> pagesByKind, int assets, long filesWritten, long bytesWritten,
                       Map<String, Duration> stageTimes, Duration total, List<String> warnings, int embargoed, Published published,
                       int duplicates, List<String> leftOut, Changes changes, SameBody sameBody) {
        this(articles, drafts, pagesByKind, assets, filesWritten, bytesWritten, stageTimes, total, warnings, embargoed, published,
                duplicates, leftOut, changes, sameBody, List.of(), PictureWork.NONE, 0, gazette.index.Archive.TagReport.NONE);
    }

    public BuildReport(int articles, int drafts, Map<String, Integer> pagesByKind, int assets, long filesWritten, long bytesWritten,
                       Map<String, Duration> stageTimes, Duration total, List<String> warnings, int embargoed, Published published,
                       int duplicates, List<String> leftOut) {
        this(articles, drafts, pagesByKind, assets, filesWritten, bytesWritten, stageTimes, total, warnings, embargoed, published,
                duplicates, leftOut, Changes.CLEAN, SameBody.NONE);
    }

    /** A build that left nothing out. */
    public BuildReport(int articles, int drafts, Map<String, Integer> pagesByKind, int assets, long filesWritten, long bytesWritten,
                       Map<String, Duration> stageTimes, Duration total, List<String> warnings, int embargoed, Published published,
                       int duplicates) {
        this(articles, drafts, pagesByKind, assets, filesWritten, bytesWritten, stageTimes, total, warnings, embargoed, published,
                duplicates, List.of());
    }

    public int pages() {
        return pagesByKind.values().stream().mapToInt(Integer::intValue).sum();
    }
}
