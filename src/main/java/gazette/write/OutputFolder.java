package gazette.write;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;

/**
 * The write stage's target: a fresh staging folder beside the output folder, swapped in only when
 * the whole site is written. Until then the published site is untouched; if a build dies, the next
 * one removes what it left. Staging sits beside the output, never inside it, so a static host
 * serving the output never sees a half-built site.
 */
public final class OutputFolder implements AutoCloseable {
    private final Path out;
    private final Path staging;
    private final AtomicLong files = new AtomicLong();
    private final AtomicLong bytes = new AtomicLong();
    private boolean published;

    private OutputFolder(Path out, Path staging) {
        this.out = out;
        this.staging = staging;
    }

    /** Cleans up after any dead build, then opens a new, empty staging folder. */
    public static OutputFolder open(Path out) throws IOException {
        Path target = out.toAbsolutePath().normalize();
        Path parent = target.getParent();
        if (parent == null) throw new IOException("refusing to use the file system root as the output folder");
        checkIsSiteOrEmpty(target);
        Files.createDirectories(parent);
        recover(target);
        Path staging = Files.createTempDirectory(parent, prefix(target) + "staging-");
        return new OutputFolder(target, staging);
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

    /** A build killed between its two renames leaves the old site under its parked name: put it back. */
    private static void recover(Path target) throws IOException {
        List<Path> parked = new ArrayList<>();
        List<Path> leftovers = new ArrayList<>();
        try (DirectoryStream<Path> ds = Files.newDirectoryStream(target.getParent(), prefix(target) + "*")) {
            for (Path p : ds) {
                String name = p.getFileName().toString();
                if (name.startsWith(prefix(target) + "old-")) parked.add(p);
                else if (name.startsWith(prefix(target) + "staging-")) leftovers.add(p);
            }
        }
        parked.sort(Comparator.comparing(p -> p.getFileName().toString()));
        if (!Files.exists(target) && !parked.isEmpty()) {
            Path newest = parked.remove(parked.size() - 1);
            Files.move(newest, target, StandardCopyOption.ATOMIC_MOVE);
        }
        leftovers.addAll(parked);
        for (Path p : leftovers) deleteTree(p);
    }

    public Path staging() {
        return staging;
    }

    /** Writes {@code path + "index.html"}. */
    public void page(String path, String html) throws IOException {
        file(path + "index.html", html.getBytes(StandardCharsets.UTF_8));
    }

    /** Writes one file; {@code relative} must stay inside the site, whatever it says. */
    public void file(String relative, byte[] content) throws IOException {
        Path target = resolve(relative);
        Files.createDirectories(target.getParent());
        try {
            Files.write(target, content, java.nio.file.StandardOpenOption.CREATE_NEW, java.nio.file.StandardOpenOption.WRITE);
        } catch (FileAlreadyExistsException e) {
            throw new IOException("two pages want the same file: " + relative);
        }
        files.incrementAndGet();
        bytes.addAndGet(content.length);
    }

    Path resolve(String relative) throws IOException {
        if (relative.isEmpty() || relative.startsWith("/") || relative.contains("\\") || relative.indexOf('\0') >= 0) {
            throw new IOException("refusing to write outside the output folder: " + relative);
        }
        for (String seg : relative.split("/")) {
            if (seg.equals("..") || seg.equals(".")) throw new IOException("refusing to write outside the output folder: " + relative);
        }
        Path target = staging.resolve(relative).normalize();
        if (!target.startsWith(staging)) throw new IOException("refusing to write outside the output folder: " + relative);
        return target;
    }

    public long filesWritten() {
        return files.get();
    }

    public long bytesWritten() {
        return bytes.get();
    }

    /** Swaps the staging folder in as the output folder and removes the old site. */
    public void publish() throws IOException {
        Path parked = null;
        if (Files.exists(out)) {
            parked = out.resolveSibling(prefix(out) + "old-" + staging.getFileName().toString().substring(prefix(out).length() + "staging-".length()));
            Files.move(out, parked, StandardCopyOption.ATOMIC_MOVE);
        }
        Files.move(staging, out, StandardCopyOption.ATOMIC_MOVE);
        published = true;
        if (parked != null) deleteTree(parked);
    }

    /** Drops the staging folder unless it was published: a failed build changes nothing. */
    @Override
    public void close() throws IOException {
        if (!published) deleteTree(staging);
    }

    static void deleteTree(Path root) throws IOException {
        if (!Files.exists(root, java.nio.file.LinkOption.NOFOLLOW_LINKS)) return;
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
}
