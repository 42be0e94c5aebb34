package gazette.read;

import java.io.IOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * What is under the content folder, as the read stage sees it: every article file with its size
 * and time (by path), every picture file, and every entry that cannot be read or is a link. A
 * walk makes it; a server that watches the folder brings it up to date from the paths it saw
 * change, without walking every folder again.
 *
 * <p>Symbolic links are not followed, so the build reads nothing outside the content folder and
 * no link loop can hold it up; each one that stands for an article or a folder is reported, as is
 * anything the walk cannot read, so that no file is left out unsaid. Names starting with '.' or
 * '_' and ending in '~' are passed over, and so is everything in a folder so named.
 *
 * @param files    the article files, ordered by path
 * @param pictures the picture files, relative to the folder
 * @param problems the links and unreadable entries found
 */
public record ContentListing(Path dir, List<Found> files, SortedSet<String> pictures, List<Problem> problems) {
    /** A file found under the content folder, with what the directory walk told of it. */
    public record Found(Path path, long size, long modified) {}

    private static final Comparator<Found> BY_PATH = Comparator.comparing(Found::path);

    /** Walks the whole folder. */
    public static ContentListing walk(Path dir) throws IOException {
        if (!Files.isDirectory(dir)) throw new IOException("content folder not found: " + dir);
        List<Found> out = new ArrayList<>();
        SortedSet<String> pictures = new TreeSet<>();
        List<Problem> problems = new ArrayList<>();
        Files.walkFileTree(dir, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult preVisitDirectory(Path d, BasicFileAttributes attrs) {
                return !d.equals(dir) && isHidden(d) ? FileVisitResult.SKIP_SUBTREE : FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFile(Path f, BasicFileAttributes attrs) {
                add(dir, f, attrs, out, pictures, problems);
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFileFailed(Path f, IOException e) {
                if (!isHidden(f)) problems.add(new Problem(display(dir, f), 1, "cannot read: " + reason(e)));
                return FileVisitResult.CONTINUE;
            }
        });
        out.sort(BY_PATH);
        return new ContentListing(dir, List.copyOf(out), Collections.unmodifiableSortedSet(pictures), List.copyOf(problems));
    }

    /** What the walk makes of one entry that is not a folder it walks into. */
    private static void add(Path dir, Path f, BasicFileAttributes attrs, List<Found> files, SortedSet<String> pictures, List<Problem> problems) {
        if (isHidden(f)) return;
        if (attrs.isSymbolicLink() && (isArticle(f) || Files.isDirectory(f))) {
            problems.add(new Problem(display(dir, f), 1, "a symbolic link, not followed: only files inside the content folder are read (copy it in instead)"));
        } else if (attrs.isRegularFile() && isArticle(f)) {
            files.add(new Found(f, attrs.size(), attrs.lastModifiedTime().toMillis()));
        } else if (attrs.isRegularFile() && PictureRefs.isPicture(f.getFileName().toString())) {
            pictures.add(relative(dir, f));
        }
    }

    /**
     * This listing with the entries at these paths looked at again, as a walk would find them now;
     * null when a walk is needed after all: a folder appeared, vanished or changed, or an entry
     * could not be looked at. Paths outside the folder are no concern of its.
     */
    public ContentListing afterChanges(Collection<Path> changed) {
        if (changed.isEmpty()) return this;
        List<Found> files = new ArrayList<>(this.files);
        SortedSet<String> pictures = new TreeSet<>(this.pictures);
        List<Problem> problems = new ArrayList<>(this.problems);
        Path base = dir.toAbsolutePath().normalize();
        for (Path asSeen : changed) {
            Path absolute = asSeen.toAbsolutePath().normalize();
            if (!absolute.startsWith(base)) continue;
            if (absolute.equals(base)) return null;
            Path p = dir.resolve(base.relativize(absolute)); // as the walk names it, from the folder as it was given
            if (hiddenOnTheWay(p)) continue; // in a folder the walk passes over, or itself passed over
            String relative = relative(dir, p);
            String display = display(dir, p);
            int at = Collections.binarySearch(files, new Found(p, 0, 0), BY_PATH);
            if (at >= 0) files.remove(at);
            boolean known = at >= 0 | pictures.remove(relative) | problems.removeIf(x -> x.file().equals(display));
            BasicFileAttributes attrs;
            try {
                attrs = Files.readAttributes(p, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
            } catch (NoSuchFileException gone) {
                // gone: a file the listing had, or something it never listed; unless it was a folder of listed files
                if (!known && holds(files, pictures, p, relative)) return null;
                continue;
            } catch (IOException | RuntimeException e) {
                return null;
            }
            if (attrs.isDirectory()) return null;
            List<Found> found = new ArrayList<>(1);
            add(dir, p, attrs, found, pictures, problems);
            for (Found f : found) files.add(-Collections.binarySearch(files, f, BY_PATH) - 1, f);
        }
        return new ContentListing(dir, List.copyOf(files), Collections.unmodifiableSortedSet(pictures), List.copyOf(problems));
    }

    /** Whether a name between the folder and {@code p}, or {@code p}'s own, is one the walk passes over. */
    private boolean hiddenOnTheWay(Path p) {
        for (Path name : dir.relativize(p)) if (isHidden(name)) return true;
        return false;
    }

    /** Whether anything listed lies inside {@code p}, as if it were a folder. */
    private boolean holds(List<Found> files, SortedSet<String> pictures, Path p, String relative) {
        int next = -Collections.binarySearch(files, new Found(p, 0, 0), BY_PATH) - 1;
        if (next < files.size() && files.get(next).path().startsWith(p)) return true;
        String inside = relative + "/";
        SortedSet<String> after = pictures.tailSet(inside);
        if (!after.isEmpty() && after.first().startsWith(inside)) return true;
        String shown = display(dir, p) + java.io.File.separator;
        for (Problem x : problems) if (x.file().startsWith(shown)) return true;
        return false;
    }

    /** The path a user sees in messages: as the content folder was given, plus the file. */
    static String display(Path dir, Path file) {
        return dir.resolve(dir.relativize(file)).toString();
    }

    /** The path below the content folder, '/' between names: on Unix a '\\' is part of a name, not a separator to replace. */
    static String relative(Path dir, Path file) {
        // where '/' is the separator, the path's own text is the answer (and a '\\' stays in its name)
        if (java.io.File.separatorChar == '/' && file.startsWith(dir)) {
            String root = dir.toString();
            String all = file.toString();
            if (all.length() > root.length() + 1 && all.startsWith(root)) return all.substring(root.endsWith("/") ? root.length() : root.length() + 1);
        }
        StringBuilder s = new StringBuilder();
        for (Path name : dir.relativize(file)) {
            if (s.length() > 0) s.append('/');
            s.append(name);
        }
        return s.toString();
    }

    private static String reason(IOException e) {
        if (e instanceof java.nio.file.AccessDeniedException) return "permission denied";
        if (e instanceof java.nio.file.FileSystemException f && f.getReason() != null) return f.getReason();
        return e.getMessage() != null ? e.getMessage() : e.getClass().getSimpleName();
    }

    public static boolean isArticle(Path f) {
        String name = f.getFileName().toString().toLowerCase(Locale.ROOT);
        return name.endsWith(".md") || name.endsWith(".txt");
    }

    static boolean isHidden(Path p) {
        String name = p.getFileName().toString();
        return name.startsWith(".") || name.startsWith("_") || name.endsWith("~");
    }
}
