package gazette.write;

import gazette.index.Related;
import gazette.read.Hashes;
import gazette.read.SourceFile;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;

/**
 * The write stage's target. Nothing is written into the published folder while a build runs:
 * files go to a staging folder beside it ({@code .site.staging-…}), never inside it, and are
 * published only when the whole build succeeded.
 *
 * <ul>
 *   <li>A <b>clean build</b> (no trustworthy state) fills the staging folder with the whole site
 *   and swaps it in for the old one with two renames.</li>
 *   <li>An <b>incremental build</b> stages only the files whose bytes changed, then publishes them
 *   by renaming each over its old version and deleting files no page produces any more. A
 *   journal written first makes that step complete even if the build is killed during it: the
 *   next build finishes it and starts clean.</li>
 * </ul>
 *
 * A build that changed nothing writes nothing at all.
 */
public final class OutputFolder implements FileSink, AutoCloseable {
    private final Path out;
    private final Path staging;
    private final boolean incremental;
    private final Map<String, long[]> previous;
    private final WrittenFiles written;
    private final Map<String, Boolean> staged = new ConcurrentHashMap<>();
    private final AtomicLong files = new AtomicLong();
    private final AtomicLong bytes = new AtomicLong();
    private boolean done;

    private OutputFolder(Path out, Path staging, boolean incremental, Map<String, long[]> previous) throws IOException {
        this.out = out;
        this.staging = staging;
        this.incremental = incremental;
        this.previous = previous;
        // beside the staging folder and named after it, so that recover() clears it after a crash
        this.written = new WrittenFiles(staging.resolveSibling(staging.getFileName() + ".manifest"));
    }

    /**
     * Finishes what a killed build left (its journal), removes its leftovers, and returns the state
     * the output folder can trust, or an empty one.
     */
    public static SiteState recover(Path out, String code) throws IOException {
        Path target = out.toAbsolutePath().normalize();
        if (target.getParent() == null) throw new IOException("refusing to use the file system root as the output folder");
        Journal journal = new Journal(target);
        boolean unfinished = journal.exists();
        if (unfinished) journal.rollForward();
        List<Path> parked = new ArrayList<>();
        List<Path> leftovers = new ArrayList<>();
        if (Files.isDirectory(target.getParent())) {
            try (DirectoryStream<Path> ds = Files.newDirectoryStream(target.getParent(), prefix(target) + "*")) {
                for (Path p : ds) {
                    String name = p.getFileName().toString();
                    if (name.startsWith(prefix(target) + "old-")) parked.add(p);
                    else if (name.startsWith(prefix(target) + "staging-")) leftovers.add(p);
                }
            }
        }
        parked.sort(Comparator.comparing(p -> p.getFileName().toString()));
        // a clean build killed between its two renames leaves the old site parked: put it back
        if (!Files.exists(target) && !parked.isEmpty()) {
            Files.move(parked.remove(parked.size() - 1), target, StandardCopyOption.ATOMIC_MOVE);
            unfinished = true;
        }
        leftovers.addAll(parked);
        for (Path p : leftovers) deleteTree(p);
        if (unfinished) {
            SiteState.discard(target);
            return SiteState.empty();
        }
        return SiteState.load(target, code);
    }

    /** Opens the output for a build: incremental over {@code state} when it has one, else clean. */
    public static OutputFolder open(Path out, SiteState state) throws IOException {
        Path target = out.toAbsolutePath().normalize();
        checkIsSiteOrEmpty(target);
        Files.createDirectories(target.getParent());
        boolean incremental = !state.isEmpty() && Files.isDirectory(target);
        // not createTempDirectory: its owner-only permissions would hide the published site from a web server
        Path staging = target.resolveSibling(prefix(target) + "staging-" + Long.toHexString(System.nanoTime()) + Long.toHexString(Double.doubleToLongBits(Math.random()) & 0xffff));
        Files.createDirectory(staging);
        return new OutputFolder(target, staging, incremental, incremental ? state.manifest() : Map.of());
    }

    private static String prefix(Path target) {
        return "." + target.getFileName() + ".";
    }

    /** The swap replaces the whole folder, so it must be ours to replace: empty or a built site. */
    private static void checkIsSiteOrEmpty(Path target) throws IOException {
        if (!Files.exists(target)) return;
        if (!Files.isDirectory(target)) throw new IOException(target + " exists and is not a folder");
        try (Stream<Path> s = Files.list(target)) {
            if (s.findAny().isEmpty()) return;
        }
        if (!Files.isRegularFile(target.resolve("index.html"))) {
            throw new IOException(target + " is not empty and holds no index.html: it does not look like a built site, so it is left alone (choose another --out)");
        }
    }

    public boolean incremental() {
        return incremental;
    }

    @Override
    public boolean keep(String relative, long fingerprint) {
        if (fingerprint == 0) return false;
        long[] old = previous.get(relative);
        if (old == null || old[0] != fingerprint) return false;
        try {
            if (!written.add(relative, old[0], old[1])) throw new IOException("two pages want the same file: " + relative);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return true;
    }

    @Override
    public void file(String relative, byte[] content) throws IOException {
        file(relative, content, 0);
    }

    /** Stores one file; {@code relative} must stay inside the site, whatever it says. */
    @Override
    public void file(String relative, byte[] content, long fingerprint) throws IOException {
        Path target = resolve(staging, relative);
        long hash = Hashes.of(content);
        if (!written.add(relative, fingerprint, hash)) throw new IOException("two pages want the same file: " + relative);
        long[] old = previous.get(relative);
        if (old != null && old[1] == hash) return; // same bytes as the published file: leave it be
        Files.createDirectories(target.getParent());
        Files.write(target, content, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
        staged.put(relative, Boolean.TRUE);
        files.incrementAndGet();
        bytes.addAndGet(content.length);
    }

    static Path resolve(Path root, String relative) throws IOException {
        if (relative.isEmpty() || relative.startsWith("/") || relative.contains("\\") || relative.indexOf('\0') >= 0) {
            throw new IOException("refusing to write outside the output folder: " + relative);
        }
        for (String seg : relative.split("/")) {
            if (seg.isEmpty() || seg.equals("..") || seg.equals(".")) throw new IOException("refusing to write outside the output folder: " + relative);
        }
        Path target = root.resolve(relative).normalize();
        if (!target.startsWith(root)) throw new IOException("refusing to write outside the output folder: " + relative);
        return target;
    }

    public long filesWritten() {
        return files.get();
    }

    public long bytesWritten() {
        return bytes.get();
    }

    /** Files the previous build published that this one no longer produces. */
    public List<String> removed() {
        List<String> gone = new ArrayList<>();
        for (String f : previous.keySet()) if (!written.contains(f)) gone.add(f);
        gone.sort(null);
        return gone;
    }

    /** True when publishing would change nothing in the output folder. */
    public boolean unchanged() {
        return incremental && staged.isEmpty() && removed().isEmpty();
    }

    /**
     * Publishes the build and saves the state for the next one. Returns the number of files
     * removed from the site.
     */
    public int publish(Map<String, SourceFile> sources, Related related, String code) throws IOException {
        long savedAt = System.currentTimeMillis();
        int removedCount;
        if (!incremental) {
            Path parked = null;
            if (Files.exists(out)) {
                parked = out.resolveSibling(prefix(out) + "old-" + staging.getFileName().toString().substring(prefix(out).length() + "staging-".length()));
                Files.move(out, parked, StandardCopyOption.ATOMIC_MOVE);
            }
            Files.move(staging, out, StandardCopyOption.ATOMIC_MOVE);
            done = true;
            if (parked != null) deleteTree(parked);
            removedCount = 0;
        } else {
            List<String> removed = removed();
            removedCount = removed.size();
            if (!staged.isEmpty() || !removed.isEmpty()) {
                Journal journal = new Journal(out);
                List<String> moves = new ArrayList<>(staged.keySet());
                moves.sort(null);
                journal.write(staging, moves, removed);
                journal.apply();
            }
            done = true;
            deleteTree(staging);
        }
        SiteState.save(out, code, sources, written, related, savedAt);
        new Journal(out).delete();
        return removedCount;
    }

    /** Drops the staging folder unless it was published: a failed build changes nothing. */
    @Override
    public void close() throws IOException {
        written.close();
        if (!done) deleteTree(staging);
    }

    static void deleteTree(Path root) throws IOException {
        if (!Files.exists(root, LinkOption.NOFOLLOW_LINKS)) return;
        try (Stream<Path> s = Files.walk(root)) {
            s.sorted(Comparator.reverseOrder()).forEach(p -> {
                try {
                    Files.deleteIfExists(p);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }

    /**
     * The list of renames and deletions an incremental build publishes with, written (and synced)
     * before the first of them, so a build killed halfway is finished by the next one.
     */
    private static final class Journal {
        private final Path out;
        private final Path file;

        Journal(Path out) {
            this.out = out;
            this.file = out.resolveSibling("." + out.getFileName() + ".gazette-journal");
        }

        boolean exists() {
            return Files.exists(file);
        }

        void write(Path staging, List<String> moves, List<String> removed) throws IOException {
            try (BufferedWriter w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
                w.write("S " + staging.getFileName() + "\n");
                for (String m : moves) w.write("M " + m + "\n");
                for (String r : removed) w.write("D " + r + "\n");
                w.write("END\n");
            }
            try (FileChannel ch = FileChannel.open(file, StandardOpenOption.WRITE)) {
                ch.force(true);
            }
        }

        /** Applies a journal; a journal cut short (no END) never started publishing, so it is dropped. */
        void rollForward() throws IOException {
            List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
            if (lines.isEmpty() || !lines.get(lines.size() - 1).equals("END")) {
                delete();
                return;
            }
            apply();
        }

        void apply() throws IOException {
            List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
            Path staging = out.resolveSibling(lines.get(0).substring(2));
            for (String line : lines) {
                String rel = line.length() > 2 ? line.substring(2) : "";
                if (line.startsWith("M ")) {
                    Path from = resolve(staging, rel);
                    Path to = resolve(out, rel);
                    if (!Files.exists(from)) continue; // moved before the build was killed
                    Files.createDirectories(to.getParent());
                    Files.move(from, to, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
                } else if (line.startsWith("D ")) {
                    Path gone = resolve(out, rel);
                    Files.deleteIfExists(gone);
                    pruneEmptyFolders(gone.getParent());
                }
            }
        }

        private void pruneEmptyFolders(Path dir) throws IOException {
            while (dir != null && dir.startsWith(out) && !dir.equals(out)) {
                try {
                    Files.delete(dir);
                } catch (DirectoryNotEmptyException | NoSuchFileException e) {
                    return;
                }
                dir = dir.getParent();
            }
        }

        void delete() throws IOException {
            Files.deleteIfExists(file);
        }
    }
}
