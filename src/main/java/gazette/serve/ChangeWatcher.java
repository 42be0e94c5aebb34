package gazette.serve;

import static java.nio.file.StandardWatchEventKinds.ENTRY_CREATE;
import static java.nio.file.StandardWatchEventKinds.ENTRY_DELETE;
import static java.nio.file.StandardWatchEventKinds.ENTRY_MODIFY;
import static java.nio.file.StandardWatchEventKinds.OVERFLOW;

import java.io.IOException;
import java.nio.file.ClosedWatchServiceException;
import java.nio.file.FileSystems;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.WatchEvent;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

/**
 * Watches folder trees (content, templates) and single files (settings) for changes, and reports
 * each burst of changes once, after {@code quiet} without events: an editor's save-by-rename, a
 * folder moved in or a checkout touching many files become one rebuild.
 *
 * <p>A WatchService watches single folders, so every folder of a tree is registered, and the
 * registrations are brought up to date whenever folders appear, vanish or move. The parent of
 * each root is watched too (for that name only), so a root that is created, replaced or
 * removed is noticed. Names starting with '.' and editor backups ending in '~' are ignored, as is
 * everything under the output folder, which each build replaces.
 */
final class ChangeWatcher implements AutoCloseable {
    /** A burst that goes on this long is reported anyway, so a busy folder cannot starve rebuilds. */
    private static final Duration LONGEST_BURST = Duration.ofSeconds(2);
    /**
     * The wait after the last event while a file the burst deleted is missing: an editor that
     * saves by moving the old file away puts the new one in its place moments later, and a build
     * in between would see the article gone (and forget the addresses it had: README, "Publishing").
     */
    static final Duration AFTER_DELETION = Duration.ofMillis(300);

    private final List<Path> trees;
    private final List<Path> roots;
    private final Path ignored;
    private final Duration quiet;
    private final Duration afterDeletion;
    private final Consumer<List<Path>> onChange;
    private final WatchService service;
    private final Map<WatchKey, Path> folders = new HashMap<>();
    private final Thread thread;

    /**
     * @param trees     folders watched with everything inside
     * @param files     single files watched
     * @param ignored   a folder whose changes never count (the output)
     * @param onChange  called on the watcher's thread with the changed paths of a burst
     */
    ChangeWatcher(List<Path> trees, List<Path> files, Path ignored, Duration quiet, Consumer<List<Path>> onChange) throws IOException {
        this(trees, files, ignored, quiet, AFTER_DELETION, onChange);
    }

    /** @param afterDeletion the wait after the last event while a file the burst deleted is missing ({@link #AFTER_DELETION}) */
    ChangeWatcher(List<Path> trees, List<Path> files, Path ignored, Duration quiet, Duration afterDeletion, Consumer<List<Path>> onChange)
            throws IOException {
        this.afterDeletion = afterDeletion;
        this.trees = trees.stream().map(ChangeWatcher::absolute).toList();
        List<Path> all = new ArrayList<>(this.trees);
        files.stream().map(ChangeWatcher::absolute).forEach(all::add);
        this.roots = List.copyOf(all);
        this.ignored = absolute(ignored);
        this.quiet = quiet;
        this.onChange = onChange;
        this.service = FileSystems.getDefault().newWatchService();
        sync();
        this.thread = new Thread(this::loop, "gazette-watch");
        thread.setDaemon(true);
    }

    /** Starts reporting; changes made since construction are already being recorded. */
    void start() {
        thread.start();
    }

    private static Path absolute(Path p) {
        return p.toAbsolutePath().normalize();
    }

    private void loop() {
        try {
            while (true) {
                WatchKey first = service.take();
                Burst burst = new Burst();
                take(first, burst);
                long end = System.nanoTime() + LONGEST_BURST.toNanos();
                WatchKey next;
                while (System.nanoTime() < end && (next = service.poll(waitAfter(burst), TimeUnit.MILLISECONDS)) != null) take(next, burst);
                if (burst.resync) sync();
                if (!burst.changed.isEmpty()) onChange.accept(List.copyOf(burst.changed));
            }
        } catch (ClosedWatchServiceException | InterruptedException stopped) {
            // close() ends the loop
        }
    }

    /** What one burst of events amounts to. */
    private static final class Burst {
        final Set<Path> changed = new LinkedHashSet<>();
        final Set<Path> deleted = new HashSet<>();
        boolean resync;
    }

    /** How long the burst waits for its next event: {@link #afterDeletion} while a file it deleted is missing, else the quiet. */
    private long waitAfter(Burst burst) {
        for (Path p : burst.deleted) if (!Files.exists(p, LinkOption.NOFOLLOW_LINKS)) return Math.max(quiet.toMillis(), afterDeletion.toMillis());
        return quiet.toMillis();
    }

    private synchronized void take(WatchKey key, Burst burst) {
        Path folder = folders.get(key);
        for (WatchEvent<?> event : key.pollEvents()) {
            if (event.kind() == OVERFLOW) {
                // Events were lost: count everything as changed and look at the folders afresh.
                burst.resync = true;
                burst.changed.addAll(roots);
                continue;
            }
            if (folder == null) continue;
            Path path = folder.resolve((Path) event.context());
            if (!counts(path)) continue;
            burst.changed.add(path);
            if (event.kind() == ENTRY_DELETE && readByName(path)) burst.deleted.add(path);
            boolean folderEvent = event.kind() == ENTRY_CREATE ? Files.isDirectory(path, LinkOption.NOFOLLOW_LINKS) : folders.containsValue(path);
            if (folderEvent || roots.contains(path)) burst.resync = true;
        }
        if (!key.reset()) {
            folders.remove(key);
            burst.resync = true;
        }
    }

    /**
     * A file the build reads by its name (an article, a picture, a template, the words, the
     * settings), which missing for a moment takes something off the site; not an editor's
     * temporary file ({@code a.md___jb_tmp___}, {@code a.md.tmp}), whose going is its save.
     */
    private boolean readByName(Path path) {
        if (roots.contains(path)) return true;
        String name = path.getFileName().toString().toLowerCase(java.util.Locale.ROOT);
        return gazette.read.ContentReader.isArticle(path) || gazette.read.PictureRefs.isPicture(name) || name.endsWith(".ftlh")
                || name.endsWith(".properties");
    }

    /** Whether a change at this path can change the site. */
    private boolean counts(Path path) {
        if (path.startsWith(ignored)) return false;
        if (roots.contains(path)) return true;
        String name = path.getFileName().toString();
        if (name.startsWith(".") || name.endsWith("~")) return false;
        for (Path tree : trees) if (path.startsWith(tree)) return true;
        return false;
    }

    /**
     * Brings the registrations up to date: every folder of every tree and the parent of every root.
     * A folder that moved keeps its old registration under its old name, so registrations whose
     * folder is no longer wanted are cancelled first; the folder is then registered under its new one.
     */
    private synchronized void sync() {
        Set<Path> wanted = new HashSet<>();
        for (Path root : roots) if (root.getParent() != null && Files.isDirectory(root.getParent())) wanted.add(root.getParent());
        for (Path tree : trees) wanted.addAll(foldersOf(tree));
        folders.entrySet().removeIf(e -> {
            boolean stale = !wanted.contains(e.getValue()) || !Files.isDirectory(e.getValue(), LinkOption.NOFOLLOW_LINKS);
            if (stale) e.getKey().cancel();
            return stale;
        });
        Set<Path> have = new HashSet<>(folders.values());
        for (Path folder : wanted) {
            if (have.contains(folder)) continue;
            try {
                folders.put(folder.register(service, ENTRY_CREATE, ENTRY_DELETE, ENTRY_MODIFY), folder);
            } catch (IOException gone) {
                // removed since the walk; its parent's event brings another sync
            }
        }
    }

    private List<Path> foldersOf(Path tree) {
        List<Path> found = new ArrayList<>();
        if (!Files.isDirectory(tree) || tree.startsWith(ignored)) return found;
        try {
            Files.walkFileTree(tree, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
                    if (!dir.equals(tree) && !counts(dir)) return FileVisitResult.SKIP_SUBTREE;
                    found.add(dir);
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFileFailed(Path file, IOException e) {
                    return FileVisitResult.CONTINUE;
                }
            });
        } catch (IOException e) {
            // the tree vanished while walking: what was found is all there is
        }
        return found;
    }

    /** The folders being watched, for tests. */
    synchronized Set<Path> watched() {
        return new HashSet<>(folders.values());
    }

    @Override
    public void close() throws IOException {
        service.close();
        try {
            thread.join(5000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
