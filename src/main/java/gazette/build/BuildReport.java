package gazette.build;

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
        List<String> leftOut) {

    public BuildReport {
        leftOut = List.copyOf(leftOut);
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
