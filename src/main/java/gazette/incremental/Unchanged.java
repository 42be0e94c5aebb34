package gazette.incremental;

import gazette.fingerprint.Hasher;
import gazette.io.DataFiles;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;

/**
 * The quick check that lets a build with nothing to do stop before it decodes an article
 * ({@code .site.gazette-unchanged}, beside the state). The last build that finished left what it
 * was made from: the code, settings and options ({@code key}), a digest of every file's path, size
 * and time under the content and templates folders, when the clock next changes the site (an
 * embargo lifting, an article leaving the news sitemap's window), every output file's size and
 * time, and its report. When all of them still hold, the site is what a full build would make.
 *
 * <p>Every build forgets the file first, under the output folder's lock: it exists only while the
 * last build that began also finished. A build after changes a watcher saw (serve) makes no
 * check and leaves no record. A file written within two seconds of the check is not
 * trusted (a change within one tick of the file system's clock would not show in its time).
 */
public final class Unchanged {
    private static final int MAGIC = 0x475A5543; // "GZUC"
    private static final int VERSION = 2;

    /** The inputs as one build found them at its start: compared by the next. */
    public record Inputs(long count, long digest, long newest, long checkedAt) {}

    /** What the check found: the last build's report when nothing changed (else null), and the inputs as they are now. */
    public record Check(byte[] report, Inputs inputs) {}

    private Unchanged() {}

    static Path file(Path out) {
        return out.resolveSibling("." + out.getFileName() + ".gazette-unchanged");
    }

    /** Forgets the last build's record: this build may change the site. */
    public static void forget(Path out) throws IOException {
        Files.deleteIfExists(file(out.toAbsolutePath().normalize()));
    }

    /**
     * Walks the inputs and, when {@code trust} and the last build's record says nothing they
     * made can differ, returns its report. {@code now}: the build's time, for the clock's events.
     */
    public static Check check(Path out, String key, List<Path> inputs, Instant now, boolean trust) throws IOException {
        Path target = out.toAbsolutePath().normalize();
        Inputs found = walk(inputs);
        Path f = file(target);
        if (!trust || !Files.isRegularFile(f) || !Files.isDirectory(target)) return new Check(null, found);
        try (DataInputStream in = DataFiles.reader(f, 1 << 16)) {
            if (in.readInt() != MAGIC || in.readInt() != VERSION || !in.readUTF().equals(key)) return new Check(null, found);
            if (!in.readUTF().equals(StateFile.folderKey(target))) return new Check(null, found);
            Inputs last = new Inputs(in.readLong(), in.readLong(), in.readLong(), in.readLong());
            long builtAt = in.readLong();
            long nextEvent = in.readLong();
            // the clock may only have moved forward, short of the next event (an earlier SOURCE_DATE_EPOCH embargoes again)
            long time = now.toEpochMilli();
            if (last.count() != found.count() || last.digest() != found.digest() || time < builtAt || time >= nextEvent) {
                return new Check(null, found);
            }
            // a file written so close to the last build's start may have changed again within its time's tick
            if (found.newest() >= last.checkedAt() - Incremental.CLOCK_SLACK_MS) return new Check(null, found);
            byte[] report = new byte[in.readInt()];
            in.readFully(report);
            List<String> paths = new ArrayList<>();
            long[] stats = new long[1024];
            while (in.readBoolean()) {
                paths.add(in.readUTF());
                if (paths.size() > stats.length) stats = java.util.Arrays.copyOf(stats, stats.length * 2);
                stats[paths.size() - 1] = in.readLong();
            }
            long[] expected = stats;
            // one stat a file: a page deleted or edited by hand is made again by a full build (the paths are only
            // looked at, never written to: a hostile record can at worst pass for a site that is not there, as a state can)
            boolean intact = IntStream.range(0, paths.size()).parallel().allMatch(i -> FileStat.of(target.resolve(paths.get(i))) == expected[i]);
            return new Check(intact ? report : null, found);
        } catch (IOException | RuntimeException e) {
            return new Check(null, found); // a damaged record: a full build decides
        }
    }

    /** Records what this build, which finished, was made from; {@code nextEvent}: when the clock next changes the site. */
    static void save(Path out, String key, Inputs inputs, Instant builtAt, Instant nextEvent, Manifest written, byte[] report) throws IOException {
        Path f = file(out);
        Path tmp = f.resolveSibling(f.getFileName() + ".tmp");
        try (DataOutputStream o = DataFiles.writer(tmp, 1 << 16)) {
            o.writeInt(MAGIC);
            o.writeInt(VERSION);
            o.writeUTF(key);
            o.writeUTF(StateFile.folderKey(out));
            o.writeLong(inputs.count());
            o.writeLong(inputs.digest());
            o.writeLong(inputs.newest());
            o.writeLong(inputs.checkedAt());
            o.writeLong(builtAt.toEpochMilli());
            o.writeLong(nextEvent.toEpochMilli());
            o.writeInt(report.length);
            o.write(report);
            written.each((path, stat) -> {
                o.writeBoolean(true);
                o.writeUTF(path);
                o.writeLong(stat);
            });
            o.writeBoolean(false);
        }
        Files.move(tmp, f, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }

    /**
     * Every file under the folders (those that exist), as one digest: its path, size and time,
     * in whatever order the folders list them. Links are not followed, but counted.
     */
    static Inputs walk(List<Path> folders) throws IOException {
        long checkedAt = System.currentTimeMillis();
        long[] acc = new long[3]; // count, digest, newest
        acc[2] = Long.MIN_VALUE;
        List<Path> roots = new ArrayList<>(folders);
        for (int r = 0; r < roots.size(); r++) {
            Path asked = roots.get(r);
            if (!Files.isDirectory(asked)) continue;
            // through a link to the folder it leads to, as the build reads it
            Path root = asked.toRealPath();
            int which = r;
            Files.walkFileTree(root, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult visitFile(Path file, BasicFileAttributes a) {
                    long modified = a.lastModifiedTime().toMillis();
                    long h = new Hasher().add(which).add(file.toString()).add(a.size()).add(modified).add(a.isSymbolicLink()).get();
                    acc[0]++;
                    acc[1] += h * 0x9E3779B97F4A7C15L; // a sum: the same whatever the order
                    acc[2] = Math.max(acc[2], modified);
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFileFailed(Path file, IOException e) {
                    acc[2] = Long.MAX_VALUE; // unreadable: never taken for what was there
                    return FileVisitResult.CONTINUE;
                }
            });
        }
        return new Inputs(acc[0], acc[1], acc[2], checkedAt);
    }
}
