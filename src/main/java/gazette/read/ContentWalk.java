package gazette.read;

import java.io.IOException;
import java.nio.file.DirectoryIteratorException;
import java.nio.file.DirectoryStream;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ForkJoinTask;
import java.util.concurrent.RecursiveTask;

/**
 * The content folder's files, found folder by folder on all cores (each folder a task of its
 * own): what a walk of the tree that follows no link would find, in path order. Symbolic links
 * are not followed, so the build reads nothing outside the content folder and no link loop can
 * hold it up; each one that stands for an article or a folder is reported, as is anything the
 * walk cannot read, so that no file is left out unsaid. Names starting with '.' or '_', and
 * backups ending in '~', are passed over.
 */
final class ContentWalk {
    /** An article's file, with its size and time as the walk saw them. */
    record Found(Path path, long size, long modified) {}

    private final Path root;
    private final Queue<Found> found = new ConcurrentLinkedQueue<>();
    private final Queue<Problem> problems = new ConcurrentLinkedQueue<>();
    private final Queue<Path> pictures = new ConcurrentLinkedQueue<>();

    private ContentWalk(Path root) {
        this.root = root;
    }

    /**
     * Walks {@code root}: its articles in path order; what cannot be read, or is a link, goes to
     * {@code problems}, and the pictures to {@code pictures}.
     */
    static List<Found> of(Path root, List<Problem> problems, List<Path> pictures) throws IOException {
        if (!Files.isDirectory(root)) throw new IOException("content folder not found: " + root);
        ContentWalk walk = new ContentWalk(root);
        List<Found> files;
        if (Files.isDirectory(root, LinkOption.NOFOLLOW_LINKS)) {
            files = walk.folders(root);
        } else {
            walk.linkedRoot(); // a link to the folder: as a walk that follows no link sees it
            Found[] found = walk.found.toArray(Found[]::new);
            java.util.Arrays.sort(found, Comparator.comparing(Found::path));
            files = java.util.Arrays.asList(found);
        }
        problems.addAll(walk.problems);
        pictures.addAll(walk.pictures);
        return files;
    }

    /** The folder and every folder below it, each listed by a task of its own: their articles, in path order. */
    private List<Found> folders(Path top) throws IOException {
        try {
            return new Folder(top).invoke();
        } catch (DirectoryIteratorException e) {
            throw e.getCause(); // a folder that failed while it was being listed: as the tree walk fails
        }
    }

    private final class Folder extends RecursiveTask<List<Found>> {
        private final Path dir;

        Folder(Path dir) {
            this.dir = dir;
        }

        @Override
        protected List<Found> compute() {
            List<Path> entries = new ArrayList<>();
            try (DirectoryStream<Path> ds = Files.newDirectoryStream(dir)) {
                for (Path p : ds) entries.add(p);
            } catch (IOException e) {
                failed(dir, e);
                return List.of();
            }
            List<Folder> below = new ArrayList<>();
            List<Found> files = new ArrayList<>();
            for (Path f : entries) {
                BasicFileAttributes attrs;
                try {
                    attrs = Files.readAttributes(f, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
                } catch (IOException e) {
                    failed(f, e);
                    continue;
                }
                if (attrs.isDirectory()) {
                    if (!isHidden(f)) below.add(new Folder(f));
                } else {
                    Found article = visit(f, attrs);
                    if (article != null) files.add(article);
                }
            }
            ForkJoinTask.invokeAll(below);
            return inPathOrder(files, below);
        }
    }

    /**
     * A folder's articles and those of the folders below it, in path order, with no sort of the
     * whole archive: the paths in a folder below all begin with its name and a '/', so any one of
     * them stands against a file beside the folder, or another folder's, as all of them do, and
     * the folder's list goes whole where its first path sorts.
     */
    private static List<Found> inPathOrder(List<Found> files, List<Folder> below) {
        List<List<Found>> runs = new ArrayList<>(files.size() + below.size());
        int count = files.size();
        for (Found f : files) runs.add(List.of(f));
        for (Folder b : below) {
            List<Found> run = b.join();
            if (!run.isEmpty()) runs.add(run);
            count += run.size();
        }
        runs.sort(Comparator.comparing(run -> run.get(0).path()));
        List<Found> all = new ArrayList<>(count);
        for (List<Found> run : runs) all.addAll(run);
        return all;
    }

    /** The article the file is, or null: a picture and a link are noted where they belong. */
    private Found visit(Path f, BasicFileAttributes attrs) {
        if (attrs.isSymbolicLink() && !isHidden(f) && (ContentReader.isArticle(f) || Files.isDirectory(f))) {
            problems.add(new Problem(shown(f), 1, "a symbolic link, not followed: only files inside the content folder are read (copy it in instead)"));
        } else if (attrs.isRegularFile() && !isHidden(f) && ContentReader.isArticle(f)) {
            return new Found(f, attrs.size(), attrs.lastModifiedTime().toMillis());
        } else if (attrs.isRegularFile() && !isHidden(f) && PictureRefs.isPicture(f.getFileName().toString())) {
            pictures.add(f);
        }
        return null;
    }

    private void failed(Path f, IOException e) {
        if (!isHidden(f)) problems.add(new Problem(shown(f), 1, "cannot read: " + reason(e)));
    }

    /** A content folder given as a link: the tree walk that follows no link reports the link itself. */
    private void linkedRoot() throws IOException {
        Files.walkFileTree(root, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult preVisitDirectory(Path d, BasicFileAttributes attrs) {
                return !d.equals(root) && isHidden(d) ? FileVisitResult.SKIP_SUBTREE : FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFile(Path f, BasicFileAttributes attrs) {
                Found article = visit(f, attrs);
                if (article != null) found.add(article);
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFileFailed(Path f, IOException e) {
                failed(f, e);
                return FileVisitResult.CONTINUE;
            }
        });
    }

    private String shown(Path f) {
        return root.resolve(root.relativize(f)).toString();
    }

    private static String reason(IOException e) {
        if (e instanceof java.nio.file.AccessDeniedException) return "permission denied";
        if (e instanceof java.nio.file.FileSystemException f && f.getReason() != null) return f.getReason();
        return e.getMessage() != null ? e.getMessage() : e.getClass().getSimpleName();
    }

    static boolean isHidden(Path p) {
        Path name = p.getFileName();
        if (name == null) return false;
        String s = name.toString();
        return s.startsWith(".") || s.startsWith("_") || s.endsWith("~");
    }
}
