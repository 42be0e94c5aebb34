package gazette.read;

import gazette.fingerprint.Hashes;
import gazette.read.tags.TagDeriver;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Locale;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.stream.IntStream;

/**
 * The read stage: finds every article file under the content folder and turns each into an
 * {@link Article}, on all cores. Bad files do not stop the others: every problem is collected,
 * so one run reports them all.
 */
public final class ContentReader {
    /**
     * What the read stage found: the articles, in file order, every problem, and what it knows of
     * each readable file for the next build.
     */
    /** @param pictures the picture files under the content folder, relative to it: a text article's are found by name among them */
    public record Result(List<Article> articles, List<Problem> problems, List<String> warnings, int duplicates,
                         Map<String, SourceFile> sources, int filesRead, java.util.SortedSet<String> pictures) {}

    private final Path contentDir;
    private final MarkdownReader markdown;
    private final TextReader text;

    public ContentReader(Path contentDir, ZoneId zone) {
        this(contentDir, zone, TagDeriver.plain());
    }

    public ContentReader(Path contentDir, ZoneId zone, TagDeriver tags) {
        this.contentDir = contentDir;
        this.markdown = new MarkdownReader(zone);
        this.text = new TextReader(zone, tags);
    }

    /** What the last build read: the article of a file that has not changed since (by its path, size and time), or null. */
    @FunctionalInterface
    public interface KnownFiles {
        KnownFiles NONE = (file, size, modified) -> null;

        SourceFile unchanged(String file, long size, long modified);
    }

    public Result read() throws IOException {
        return read(KnownFiles.NONE);
    }

    /** Reads every article file, reusing what {@code known} has of a file that has not changed. */
    public Result read(KnownFiles known) throws IOException {
        return read(known, n -> {}, () -> {});
    }

    /** As {@link #read(KnownFiles)}, telling {@code counted} how many files there are and {@code done} of each one read. */
    public Result read(KnownFiles known, java.util.function.LongConsumer counted, Runnable done) throws IOException {
        List<Problem> unreadable = new ArrayList<>();
        // an array whose slots are let go as files are read: a million paths are some 130 MB
        java.util.SortedSet<String> pictures = new java.util.TreeSet<>();
        List<Path> pictureFiles = new ArrayList<>();
        ContentWalk.Found[] files = ContentWalk.of(contentDir, unreadable, pictureFiles).toArray(ContentWalk.Found[]::new);
        for (Path p : pictureFiles) pictures.add(relative(p));
        counted.accept(files.length);
        SourceFile[] sources = new SourceFile[files.length];
        ConcurrentLinkedQueue<Problem> problems = new ConcurrentLinkedQueue<>(unreadable);
        java.util.concurrent.atomic.AtomicInteger filesRead = new java.util.concurrent.atomic.AtomicInteger();
        IntStream.range(0, files.length).parallel().forEach(i -> {
            ContentWalk.Found f = files[i];
            files[i] = null;
            done.run();
            String relative = relative(f.path());
            SourceFile unchanged = known.unchanged(relative, f.size(), f.modified());
            if (unchanged != null) {
                sources[i] = unchanged;
                return;
            }
            String display = display(f.path());
            try {
                byte[] bytes = Files.readAllBytes(f.path());
                filesRead.incrementAndGet();
                List<String> warnings = new ArrayList<>(0);
                List<Problem> unpublishable = new ArrayList<>(0);
                Article a = readOne(f.path(), display, relative, bytes, warnings, unpublishable);
                sources[i] = new SourceFile(f.size(), f.modified(), Hashes.of(bytes), a, List.copyOf(warnings),
                        unpublishable.isEmpty() ? null : unpublishable.get(0));
            } catch (ContentException e) {
                problems.add(e.toProblem());
            } catch (IOException e) {
                problems.add(new Problem(display, 1, "cannot read: " + e.getMessage()));
            }
        });
        List<Article> found = new ArrayList<>(files.length);
        List<String> warnings = new ArrayList<>();
        Map<String, SourceFile> byFile = new LinkedHashMap<>(files.length * 2);
        for (SourceFile sf : sources) {
            if (sf == null) continue;
            found.add(sf.article());
            warnings.addAll(sf.warnings());
            byFile.put(sf.article().file(), sf);
        }
        List<Problem> sortedProblems = new ArrayList<>(problems);
        sortedProblems.sort(Problem.IN_FILE_ORDER);
        Collections.sort(warnings);
        return new Result(found, sortedProblems, warnings, duplicates(sources), byFile, filesRead.get(), pictures);
    }

    private Article readOne(Path file, String display, String relative, byte[] bytes, Collection<String> warnings,
                            Collection<Problem> unpublishable) throws ContentException {
        if (isText(file)) return text.read(display, relative, bytes, warnings);
        return markdown.read(display, relative, bytes, warnings, unpublishable);
    }

    /** Files whose bytes equal an earlier file's: the same article scraped twice. Each still gets its page. */
    private static int duplicates(SourceFile[] sources) {
        // sorted hashes, not a set of boxed ones: 8 bytes a file instead of about 50
        long[] hashes = new long[sources.length];
        int n = 0;
        for (SourceFile sf : sources) if (sf != null) hashes[n++] = sf.hash();
        java.util.Arrays.sort(hashes, 0, n);
        int dup = 0;
        for (int k = 1; k < n; k++) if (hashes[k] == hashes[k - 1]) dup++;
        return dup;
    }

    /** The path a user sees in messages: as the content folder was given, plus the file. */
    private String display(Path file) {
        return contentDir.resolve(contentDir.relativize(file)).toString();
    }

    /** The path below the content folder, '/' between names: on Unix a '\\' is part of a name, not a separator to replace. */
    private String relative(Path file) {
        // where '/' is the separator, the path's own text is the answer (and a '\\' stays in its name)
        if (java.io.File.separatorChar == '/' && file.startsWith(contentDir)) {
            String root = contentDir.toString();
            String all = file.toString();
            if (all.length() > root.length() + 1 && all.startsWith(root)) return all.substring(root.endsWith("/") ? root.length() : root.length() + 1);
        }
        StringBuilder s = new StringBuilder();
        for (Path name : contentDir.relativize(file)) {
            if (s.length() > 0) s.append('/');
            s.append(name);
        }
        return s.toString();
    }

    public static boolean isArticle(Path f) {
        String name = f.getFileName().toString().toLowerCase(Locale.ROOT);
        return name.endsWith(".md") || name.endsWith(".txt");
    }

    static boolean isText(Path f) {
        return f.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".txt");
    }
}
