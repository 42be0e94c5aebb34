package gazette.incremental;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.function.ToLongFunction;

/**
 * The files a build kept without a look ({@link Incremental#trustKeptFiles}), each with the
 * {@link FileStat} the last build recorded: every render thread adds to a list of its own (a
 * shared map cost more than the rest of keeping a page), and the lists are looked at together
 * once the pages are published.
 */
final class UncheckedFiles {
    /** One thread's files and their recorded stats. */
    private static final class Run {
        String[] files = new String[256];
        long[] stats = new long[256];
        int size;

        void add(String file, long stat) {
            if (size == files.length) {
                files = Arrays.copyOf(files, size * 2);
                stats = Arrays.copyOf(stats, size * 2);
            }
            files[size] = file;
            stats[size++] = stat;
        }
    }

    private final Queue<Run> runs = new ConcurrentLinkedQueue<>();
    private final ThreadLocal<Run> mine = ThreadLocal.withInitial(() -> {
        Run r = new Run();
        runs.add(r);
        return r;
    });

    void add(String file, long stat) {
        mine.get().add(file, stat);
    }

    /**
     * The files whose stat now ({@code now}) is not the one recorded, sorted, each once (a file may
     * have been asked about twice: keepable, then keep). Called once the threads that added are
     * done; the lists are let go.
     */
    List<String> changed(ToLongFunction<String> now) {
        List<String> changed = new ArrayList<>();
        for (Run r : runs) {
            String[] files = r.files;
            long[] stats = r.stats;
            java.util.stream.IntStream.range(0, r.size).parallel().filter(i -> now.applyAsLong(files[i]) != stats[i])
                    .mapToObj(i -> files[i]).forEachOrdered(changed::add);
            r.files = new String[0]; // a thread of a pool keeps its value a while: not the paths
            r.stats = new long[0];
            r.size = 0;
        }
        runs.clear();
        return changed.stream().distinct().sorted().toList();
    }
}
