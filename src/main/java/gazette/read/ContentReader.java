package gazette.read;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.Set;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.stream.IntStream;

/**
 * The read stage: finds every article file under the content folder and turns each into an
 * {@link Article}, on all cores. Bad files do not stop the others: every problem is collected,
 * so one run reports them all.
 */
public final class ContentReader {
    /** What the read stage found: the articles, in file order, and every problem. */
    public record Result(List<Article> articles, List<ContentException> errors, List<String> warnings, int duplicates) {}

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

    public Result read() throws IOException {
        List<Path> files = findArticleFiles(contentDir);
        Article[] articles = new Article[files.size()];
        long[] hashes = new long[files.size()];
        ConcurrentLinkedQueue<ContentException> errors = new ConcurrentLinkedQueue<>();
        ConcurrentLinkedQueue<String> warnings = new ConcurrentLinkedQueue<>();
        IntStream.range(0, files.size()).parallel().forEach(i -> {
            Path file = files.get(i);
            String display = display(file);
            try {
                byte[] bytes = Files.readAllBytes(file);
                hashes[i] = Hashes.of(bytes);
                articles[i] = readOne(file, display, bytes, warnings);
            } catch (ContentException e) {
                errors.add(e);
            } catch (IOException e) {
                errors.add(new ContentException(display, 1, "cannot read: " + e.getMessage()));
            }
        });
        List<Article> found = new ArrayList<>(files.size());
        for (Article a : articles) if (a != null) found.add(a);
        List<ContentException> sortedErrors = new ArrayList<>(errors);
        sortedErrors.sort((a, b) -> a.path().equals(b.path()) ? Integer.compare(a.line(), b.line()) : a.path().compareTo(b.path()));
        List<String> sortedWarnings = new ArrayList<>(warnings);
        Collections.sort(sortedWarnings);
        return new Result(found, sortedErrors, sortedWarnings, duplicates(articles, hashes));
    }

    private Article readOne(Path file, String display, byte[] bytes, Collection<String> warnings) throws ContentException {
        String relative = relative(file);
        if (isText(file)) return text.read(display, relative, bytes, warnings);
        return markdown.read(display, relative, bytes, warnings);
    }

    /** Files whose bytes equal an earlier file's: the same article scraped twice. Each still gets its page. */
    private static int duplicates(Article[] articles, long[] hashes) {
        Set<Long> seen = new HashSet<>(hashes.length * 2);
        int dup = 0;
        for (int i = 0; i < hashes.length; i++) {
            if (articles[i] != null && !seen.add(hashes[i])) dup++;
        }
        return dup;
    }

    /** The path a user sees in messages: as the content folder was given, plus the file. */
    private String display(Path file) {
        return contentDir.resolve(contentDir.relativize(file)).toString();
    }

    private String relative(Path file) {
        return contentDir.relativize(file).toString().replace('\\', '/');
    }

    /** Every .md and .txt file below {@code dir}, sorted, skipping hidden files and folders. */
    public static List<Path> findArticleFiles(Path dir) throws IOException {
        if (!Files.isDirectory(dir)) throw new IOException("content folder not found: " + dir);
        List<Path> out = new ArrayList<>();
        Files.walkFileTree(dir, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult preVisitDirectory(Path d, BasicFileAttributes attrs) {
                return !d.equals(dir) && isHidden(d) ? FileVisitResult.SKIP_SUBTREE : FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFile(Path f, BasicFileAttributes attrs) {
                if (attrs.isRegularFile() && !isHidden(f) && isArticle(f)) out.add(f);
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFileFailed(Path f, IOException e) {
                throw new UncheckedIOException(e);
            }
        });
        Collections.sort(out);
        return out;
    }

    public static boolean isArticle(Path f) {
        String name = f.getFileName().toString().toLowerCase(Locale.ROOT);
        return name.endsWith(".md") || name.endsWith(".txt");
    }

    static boolean isText(Path f) {
        return f.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".txt");
    }

    private static boolean isHidden(Path p) {
        String name = p.getFileName().toString();
        return name.startsWith(".") || name.startsWith("_") || name.endsWith("~");
    }
}
