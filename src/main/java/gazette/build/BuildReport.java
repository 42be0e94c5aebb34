package gazette.build;

import gazette.write.Published;
import java.time.Duration;
import java.util.List;
import java.util.Map;

/** What a build did, for the summary a user reads and for benchmarks. */
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
        int duplicates) {

    public int pages() {
        return pagesByKind.values().stream().mapToInt(Integer::intValue).sum();
    }
}
