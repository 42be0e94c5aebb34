package gazette.write;

import gazette.fingerprint.Hashes;
import gazette.incremental.Incremental;
import gazette.incremental.PublishFailure;
import gazette.index.SiteFiles;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.ReadWriteLock;
import java.util.concurrent.locks.ReentrantReadWriteLock;
import java.nio.file.FileSystemException;
import java.util.stream.Stream;

/**
 * The write stage's target. Nothing is written into the published folder while a build runs:
 * files go to a staging folder beside it ({@code .site.staging-…}), never inside it, and are
 * published only when the whole build succeeded; serve's rebuilds publish their pages first,
 * before the search index is made ({@link #publishFirst}), and one that fails making it leaves
 * the new pages with the last search index.
 *
 * <ul>
 *   <li>A <b>clean build</b> fills the staging folder with the whole site and swaps it in for the
 *   old one with two renames.</li>
 *   <li>An <b>incremental build</b> stages only the files whose bytes changed; {@link Incremental}
 *   publishes them under a journal.</li>
 * </ul>
 *
 * A build that changed nothing writes nothing at all.
 */
public final class OutputFolder implements FileSink, gazette.render.PageOutput, AutoCloseable {
    private final Path out;
    private final Path staging;
    private final Incremental memory;
    private final Set<String> staged = ConcurrentHashMap.newKeySet();
    private final AtomicLong files = new AtomicLong();
    private final AtomicLong bytes = new AtomicLong();
    private final List<String> warnings = new ArrayList<>();
    private final ReadWriteLock writing = new ReentrantReadWriteLock();
    private final boolean byLink;
    private volatile boolean closing;
    private boolean done;
    private Path retired;
    /** The files publishing removed, in its first step too; null when it replaced the site whole. */
    private List<String> removedFiles = List.of();
    /** The files published ahead of the rest ({@link #publishFirst}), or null: all go together. */
    private java.util.function.Predicate<String> first;

    private OutputFolder(Path out, Path staging, Incremental memory, boolean byLink) {
        this.out = out;
        this.staging = staging;
        this.memory = memory;
        this.byLink = byLink;
    }

    /** True when {@code out} is a symbolic link made by publishing by link ({@code build --link}). */
    public static boolean publishedByLink(Path out) {
        return LinkedSite.isOurs(out.toAbsolutePath().normalize());
    }

    /**
     * Opens the output for a build: incremental when {@code memory} knows the last build, else
     * clean; published by link ({@link LinkedSite}) when {@code byLink} asks
     * for it or the output already is such a link.
     */
    public static OutputFolder open(Path out, Incremental memory, boolean byLink) throws IOException {
        Path target = out.toAbsolutePath().normalize();
        if (byLink) {
            String refusal = LinkedSite.refusal(target);
            if (refusal != null) throw new IOException(refusal);
        }
        byLink |= LinkedSite.isOurs(target);
        checkIsSiteOrEmpty(target);
        Files.createDirectories(target.getParent());
        // not createTempDirectory: its owner-only permissions would hide the published site from a web server
        Path staging = target.resolveSibling(prefix(target) + "staging-" + Long.toHexString(System.nanoTime()) + Long.toHexString(Double.doubleToLongBits(Math.random()) & 0xffff));
        Files.createDirectory(staging);
        return new OutputFolder(target, staging, memory, byLink);
    }

    static String prefix(Path target) {
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
        return memory.incremental();
    }

    @Override
    public boolean reuse(String relative, long fingerprint) {
        notPublished(relative);
        try {
            return memory.reuse(relative, fingerprint);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Claims the last build's file as it was made, when it is still as published ({@link Incremental#keep}). */
    @Override
    public boolean keep(String relative) {
        notPublished(relative);
        try {
            return memory.keep(relative);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public boolean keepable(String relative) {
        return memory.keepable(relative);
    }

    @Override
    public boolean reusable(String relative, long fingerprint) {
        return memory.reusable(relative, fingerprint);
    }

    @Override
    public boolean madeLastTime(String relative, long fingerprint) {
        return memory.madeLastTime(relative, fingerprint);
    }

    @Override
    public void file(String relative, byte[] content) throws IOException {
        file(relative, content, 0);
    }

    /** Stores one file; {@code relative} must stay inside the site, whatever it says. */
    @Override
    public void file(String relative, byte[] content, long fingerprint) throws IOException {
        Path target = SiteFiles.resolve(staging, relative);
        // pages are written from many threads: once one has failed and the folder is being
        // dropped, the others must not make it again
        if (closing) throw new IOException("the build stopped: " + relative + " was not written");
        writing.readLock().lock();
        try {
            if (closing) throw new IOException("the build stopped: " + relative + " was not written");
            notPublished(relative);
            long hash = Hashes.of(content);
            if (!memory.record(relative, fingerprint, hash)) return; // same bytes as the published file: leave it be
            try {
                Files.createDirectories(target.getParent());
                Files.write(target, content, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
            } catch (IOException e) {
                throw new FileSystemException(staging.toString(), null, "cannot write " + relative + " (" + WriteErrors.reason(e) + ")" + WriteErrors.freeSpace(staging));
            }
            memory.staged(relative, fingerprint, hash, target);
            staged.add(relative);
            files.incrementAndGet();
            bytes.addAndGet(content.length);
        } finally {
            writing.readLock().unlock();
        }
    }

    public long filesWritten() {
        return files.get();
    }

    public long bytesWritten() {
        return bytes.get();
    }

    /**
     * Refuses a file of the part {@link #publishFirst} published: made or kept now, it would never
     * be published, and a file of the last build it stood for is already gone.
     */
    private void notPublished(String relative) {
        if (first != null && first.test(relative)) throw new IllegalStateException(relative + " was made after its part of the site was published");
    }

    /** True when publishing would change nothing in the output folder. */
    public boolean unchanged() {
        if (byLink && !LinkedSite.isOurs(out)) return false; // the folder is to become a link
        return memory.incremental() && first == null && staged.isEmpty() && memory.removed().isEmpty();
    }

    /**
     * Publishes the files of {@code part} that this build made or removed, ahead of the rest,
     * which {@link #publish} publishes: serve has the pages in place before the search index is
     * made. Files of the part cannot be made, kept or reused after this. Returns the files it changed, sorted;
     * null when the build cannot publish in two steps (a clean build, or one published by link,
     * which replace the site whole), and then {@link #publish} publishes everything. Each step is
     * atomic for the files it publishes, and in between the site is the new one but for the rest
     * (the last build's search index, whole in itself).
     */
    public List<String> publishFirst(java.util.function.Predicate<String> part) throws IOException {
        if (byLink || !memory.incremental() || first != null || done) return null;
        writing.writeLock().lock(); // no write of the part under way
        try {
            first = part;
        } finally {
            writing.writeLock().unlock();
        }
        try {
            removedFiles = memory.publish(staging, staged, part);
        } catch (PublishFailure e) {
            done = true; // the journal names files in the staging folder: the next build moves the rest
            throw e;
        }
        List<String> changed = changed(Integer.MAX_VALUE, part);
        if (changed.isEmpty()) first = null; // nothing was published: all goes together after all
        return changed;
    }

    /**
     * Publishes the build; returns the number of files removed from the site. A failure after the
     * output folder began to change is a {@link PublishFailure} that says what is live.
     */
    public int publish() throws IOException {
        int removed = 0;
        if (byLink) {
            String id = staging.getFileName().toString().substring(prefix(out).length() + "staging-".length());
            List<String> gone = memory.incremental() ? memory.removed() : null;
            // a content file touched but unchanged: the live build is this build
            boolean same = gone != null && gone.isEmpty() && staged.isEmpty() && LinkedSite.isOurs(out);
            if (!same) retired = LinkedSite.publish(out, staging, staged, gone, id);
            done = true;
            removed = gone == null ? 0 : gone.size();
            removedFiles = gone;
        } else if (!memory.incremental() && !FolderKind.replaceable(out)) {
            // a link to the web root, or a mount point: published into, under the journal; what the
            // folder holds that this build did not make goes, as the swap would have removed it
            List<String> extra = filesNotMade();
            try {
                memory.publishInto(staging, staged, extra);
            } catch (PublishFailure e) {
                done = true;
                throw e;
            }
            done = true;
            deleteTree(staging);
            removed = extra.size();
            removedFiles = null;
        } else if (!memory.incremental()) {
            removedFiles = null;
            Path parked = null;
            if (Files.exists(out)) {
                parked = out.resolveSibling(prefix(out) + "old-" + staging.getFileName().toString().substring(prefix(out).length() + "staging-".length()));
                Files.move(out, parked, StandardCopyOption.ATOMIC_MOVE); // fails: nothing changed
            }
            try {
                Files.move(staging, out, StandardCopyOption.ATOMIC_MOVE);
            } catch (IOException e) {
                if (parked != null) putBack(parked, e);
                throw e; // the old site is back: nothing changed
            }
            done = true;
            if (parked != null) {
                try {
                    deleteTree(parked);
                } catch (IOException e) {
                    // the new site is live and whole: the old one, aside, is only in the way
                    warnings.add("the last site, moved aside to " + parked + ", could not be removed (" + WriteErrors.reason(e)
                            + "); the new one is published; remove it by hand (later builds try again)");
                }
            }
        } else {
            List<String> gone;
            try {
                gone = first == null ? memory.publish(staging, staged) : memory.publish(staging, staged, first.negate());
            } catch (PublishFailure e) {
                done = true; // the journal names files in the staging folder: the next build moves the rest
                throw e;
            }
            done = true;
            List<String> all = new ArrayList<>(removedFiles); // the first step's
            all.addAll(gone);
            removedFiles = all;
            removed = all.size();
            deleteTree(staging);
        }
        return removed;
    }

    /**
     * The files publishing changed in the site, written or removed, sorted: empty before it runs
     * or when the build changed nothing; null when it replaced the site whole (a clean build) or
     * changed more than {@code most}.
     */
    public List<String> changedFiles(int most) {
        return changed(most, f -> true);
    }

    /** {@link #changedFiles} without those {@link #publishFirst} published. */
    public List<String> changedAfterFirst(int most) {
        return first == null ? changedFiles(most) : changed(most, first.negate());
    }

    private List<String> changed(int most, java.util.function.Predicate<String> part) {
        if (removedFiles == null) return null;
        List<String> all = new ArrayList<>();
        for (String f : staged) if (part.test(f)) all.add(f);
        for (String f : removedFiles) if (part.test(f)) all.add(f);
        if (all.size() > most) return null;
        all.sort(null);
        return List.copyOf(all);
    }

    /** Files in the output folder now that this build did not make, by path relative to it. */
    private List<String> filesNotMade() throws IOException {
        List<String> extra = new ArrayList<>();
        Path real = out.toRealPath(); // the folder a link leads to
        try (Stream<Path> s = Files.walk(real)) {
            s.filter(p -> !Files.isDirectory(p, LinkOption.NOFOLLOW_LINKS)).forEach(p -> {
                String rel = real.relativize(p).toString().replace('\\', '/');
                if (!staged.contains(rel)) extra.add(rel);
            });
        }
        extra.sort(null);
        return extra;
    }

    private void putBack(Path parked, IOException failure) throws PublishFailure {
        try {
            Files.move(parked, out, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException again) {
            failure.addSuppressed(again);
            throw new PublishFailure("no site is published in " + out + ": the last one is at " + parked
                    + ", and the next build puts it back", failure);
        }
    }

    /**
     * Removes the folder a build by link replaced, once the build's state is saved: until then it
     * marks the build as cut short if it is killed, and the next build is a clean one.
     */
    public void retire() {
        if (retired == null) return;
        try {
            deleteTree(retired);
        } catch (IOException e) {
            warnings.add("the last site, at " + retired + ", could not be removed (" + WriteErrors.reason(e) + "); the new one is published; remove it by hand (later builds try again)");
        }
        retired = null;
    }

    /** What publishing could not tidy up, though the site is published. */
    public List<String> warnings() {
        return List.copyOf(warnings);
    }

    /**
     * Drops the staging folder unless it was published: a failed build changes nothing (but what
     * {@link #publishFirst} published, if it got that far). Waits
     * for the writes under way (other threads' pages), and lets no other begin.
     */
    @Override
    public void close() throws IOException {
        closing = true;
        writing.writeLock().lock(); // every write under way has ended
        writing.writeLock().unlock();
        if (!done) deleteTree(staging);
    }

    /** Removes a folder and all in it (links are removed, not followed); nothing when it is not there. */
    public static void deleteTree(Path root) throws IOException {
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
}
