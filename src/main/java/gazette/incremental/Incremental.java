package gazette.incremental;

import gazette.index.Related;
import gazette.index.SiteFiles;
import gazette.read.ContentReader;
import gazette.read.SourceFile;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * What a build knows of the last build into the same output folder, and what it records for the
 * next: the one object the stages ask, each for its part.
 * <ul>
 *   <li>read: {@link #unchanged}, the article of a file that has not changed since;</li>
 *   <li>index: {@link #lastRelated}, the related-articles ranking to reuse if the archive kept its shape;</li>
 *   <li>render and write: {@link #reuse} (the last build's file stands for this one) and
 *   {@link #record} (this build made a file: must it be published?);</li>
 *   <li>publish: {@link #publish} (renames and deletions under a journal) and {@link #save}.</li>
 * </ul>
 * A clean build has the same object, with nothing known of the last build.
 */
public final class Incremental implements ContentReader.KnownFiles, AutoCloseable {
    /**
     * A file whose time is this close to the last build's is read again: a change within one tick
     * of the file system's clock would not show in its time.
     */
    static final long CLOCK_SLACK_MS = 2000;

    /**
     * Repairs what a killed build left in the output folder's place; true when there was anything.
     * What it cannot remove it tells {@code warn}, and the build goes on.
     */
    @FunctionalInterface
    public interface Recovery {
        boolean recover(Path out, Consumer<String> warn) throws IOException;
    }

    private final Path out;
    private final String key;
    private StateFile.Saved last;
    private final Manifest written;
    private final List<String> notices;
    private final KeptState kept;
    /** The files taken as the last build left them without a look, with the size and time it recorded: checked after publishing. */
    private final UncheckedFiles unchecked = new UncheckedFiles();
    private boolean trusting;
    /** How many of the files the last build made this one has claimed. */
    private final java.util.concurrent.atomic.AtomicInteger claimedFromLast = new java.util.concurrent.atomic.AtomicInteger();

    private Incremental(Path out, String key, StateFile.Saved last, Manifest written, List<String> notices, KeptState kept) {
        this.kept = kept;
        this.out = out;
        this.key = key;
        this.last = last;
        this.written = written;
        this.notices = notices;
    }

    /**
     * Finishes what a killed build left (its journal, then {@code leftovers}: the write stage's
     * staging folders) and loads the last build's state, unless the build is to be clean or the
     * last one was cut short.
     *
     * @param key the state's key ({@link StateKey}): the code and the settings
     */
    public static Incremental open(Path out, String key, boolean clean, Recovery leftovers) throws IOException {
        return open(out, key, clean, leftovers, null);
    }

    /**
     * {@link #open(Path, String, boolean, Recovery)} for a process that builds again and again
     * ({@code serve}): the last build's state is taken from {@code kept} when the state file is
     * still the one it saved, and this build's kept there when saved. Null: none is kept.
     */
    public static Incremental open(Path out, String key, boolean clean, Recovery leftovers, KeptState kept) throws IOException {
        Path target = out.toAbsolutePath().normalize();
        if (target.getParent() == null) throw new IOException("refusing to use the file system root as the output folder");
        Journal journal = new Journal(target);
        boolean cutShort = journal.finish();
        List<String> notices = new ArrayList<>();
        cutShort |= leftovers.recover(target, notices::add);
        if (cutShort) StateFile.discard(target);
        journal.delete();
        if (kept != null && (clean || cutShort)) kept.forget();
        StateFile.Saved last = clean || cutShort ? StateFile.Saved.NONE : StateFile.load(target, key, kept);
        if (last.unreadable() != null) notices.add(last.unreadable());
        Files.createDirectories(target.getParent());
        // named like a staging folder, so that the leftovers of a killed build take it too
        Path spill = target.resolveSibling("." + target.getFileName() + ".staging-" + Long.toHexString(System.nanoTime()) + ".manifest");
        return new Incremental(target, key, last, new Manifest(spill), notices, kept);
    }

    /** What the build should be told: a state that could not be read, a dead build's leftovers that could not be removed. */
    public List<String> notices() {
        return notices;
    }

    /** True when the last build left a state this one can build on; false for a clean build. */
    public boolean incremental() {
        return !last.manifest().isEmpty();
    }

    // ---------------------------------------------------------------- read

    /** The article of content file {@code file} when its size and time are what the last build read, else null. */
    @Override
    public SourceFile unchanged(String file, long size, long modified) {
        SourceFile known = last.sources().get(file);
        if (known == null || known.size() != size || known.modified() != modified) return null;
        return modified < last.savedAt() - CLOCK_SLACK_MS ? known : null;
    }

    // ---------------------------------------------------------------- index

    /** The last build's related-articles ranking (Related.of reuses it only if it still fits), or null. */
    public Related lastRelated() {
        return last.related();
    }

    // ---------------------------------------------------------------- render and write

    /**
     * True when the last build published {@code file} from inputs with this fingerprint and it is
     * still as published (its size and time; a file deleted or edited by hand is made again;
     * taken on trust, and looked at after publishing, when {@link #trustKeptFiles}): the file
     * stands as it is, and is recorded as this build's too. False means it must be made.
     *
     * @throws IOException when another page of this build already has the file
     */
    public boolean reuse(String file, long fingerprint) throws IOException {
        if (!reusable(file, fingerprint)) return false;
        long[] old = last.manifest().get(file);
        claim(file, true);
        written.record(file, old[0], old[1], old[2]);
        return true;
    }

    /** {@link #reuse} with the fingerprint the last build made the file from: for a page whose inputs are known to be the same. */
    public boolean keep(String file) throws IOException {
        long[] old = last.manifest().get(file);
        return old != null && reuse(file, old[0]);
    }

    /** What {@link #keep} would answer, without claiming the file. */
    public boolean keepable(String file) {
        long[] old = last.manifest().get(file);
        return old != null && reusable(file, old[0]);
    }

    /** The last build's {@link gazette.render.PlanPrint}, or 0. */
    public long lastPlan() {
        return last.plan();
    }

    /** Whether the last build read this content file with these bytes (and its article as it is now). */
    public boolean sameSource(String file, long hash) {
        SourceFile known = last.sources().get(file);
        return known != null && known.hash() == hash;
    }

    /** What {@link #reuse} would answer, without claiming the file: for files that stand or fall together. */
    public boolean reusable(String file, long fingerprint) {
        return madeLastTime(file, fingerprint) && intact(file, last.manifest().get(file));
    }

    /** True when the last build made {@code file} from inputs with this fingerprint, whatever became of it since. */
    public boolean madeLastTime(String file, long fingerprint) {
        if (fingerprint == 0) return false;
        long[] old = last.manifest().get(file);
        return old != null && old[0] == fingerprint;
    }

    /**
     * For a build that follows changes in a process that keeps its state ({@code serve}): when the
     * last build's state came from memory and every file it records was seen as recorded since,
     * the files this build keeps are taken as they are, without a look, and looked at after
     * publishing ({@link #changedSinceKept}). A file deleted or edited by hand in between is then
     * found a moment late, and made again by the next build, which trusts nothing. Without both,
     * every file is looked at first, as always.
     */
    public void trustKeptFiles() {
        trusting = kept != null && kept.vouchesFor(last);
        if (trusting) kept.trusted();
    }

    /**
     * The files this build kept unchecked ({@link #trustKeptFiles}) that are not as the last build
     * recorded them (deleted or edited by hand), looked at now; and the kept state told whether
     * its files are all as recorded, so the next build trusts them or not. A build that trusted
     * nothing checked every file it kept: an empty list.
     */
    public List<String> changedSinceKept() {
        List<String> changed = trusting ? unchecked.changed(this::stat) : List.of();
        if (kept != null) kept.filesSeen(changed.isEmpty());
        return changed;
    }

    private long stat(String file) {
        try {
            return FileStat.of(SiteFiles.resolve(out, file));
        } catch (IOException e) {
            return FileStat.NONE;
        }
    }

    private boolean intact(String file, long[] old) {
        if (trusting) {
            unchecked.add(file, old[2]);
            return true;
        }
        try {
            return FileStat.of(SiteFiles.resolve(out, file)) == old[2];
        } catch (IOException e) {
            return false;
        }
    }

    /**
     * Claims a file this build made, from inputs with {@code fingerprint} (0: none, always made)
     * and with bytes of fingerprint {@code bytes}. True when it must be published (then the
     * caller stages it and calls {@link #staged}): the published file's bytes differ, it is gone
     * or was edited (not looked at before publishing when {@link #trustKeptFiles}), or there is
     * none. False: the published file stands, recorded as this build's.
     *
     * @throws IOException when another page of this build already has the file
     */
    public boolean record(String file, long fingerprint, long bytes) throws IOException {
        long[] old = last.manifest().get(file);
        claim(file, old != null);
        if (old != null && old[1] == bytes && intact(file, old)) {
            written.record(file, fingerprint, bytes, old[2]);
            return false;
        }
        return true;
    }

    /** Records a file {@link #record} said to publish, as staged at {@code staged}: a rename keeps its size and time. */
    public void staged(String file, long fingerprint, long bytes, Path staged) throws IOException {
        written.record(file, fingerprint, bytes, FileStat.of(staged));
    }

    private void claim(String file, boolean lastHadIt) throws IOException {
        if (!written.claim(file)) throw new IOException("two pages want the same file: " + file);
        if (lastHadIt) claimedFromLast.incrementAndGet();
    }

    /** Files the last build published that this one did not make. */
    public List<String> removed() {
        // each file claimed once: as many of the last build's as it had, and none is gone
        if (claimedFromLast.get() == last.manifest().size()) return new ArrayList<>();
        List<String> gone = new ArrayList<>();
        for (String f : last.manifest().keySet()) if (!written.contains(f)) gone.add(f);
        gone.sort(null);
        return gone;
    }

    // ---------------------------------------------------------------- publish

    /**
     * Publishes an incremental build: {@code staged} files from {@code staging} renamed over their
     * old versions, files no longer made deleted, all under a journal, so that a build killed
     * halfway is finished by the next one. Returns the files removed, sorted.
     */
    public List<String> publish(Path staging, Collection<String> staged) throws IOException {
        return publish(staging, staged, file -> true);
    }

    /**
     * {@link #publish(Path, Collection)} for the files of {@code part} alone, staged or removed:
     * serve publishes the pages before the search index is made, then the rest. Each part goes
     * under a journal of its own, and a build killed after the first is cut short like any other:
     * the next one finishes it and builds clean.
     */
    public List<String> publish(Path staging, Collection<String> staged, java.util.function.Predicate<String> part) throws IOException {
        List<String> removed = removed();
        removed.removeIf(part.negate());
        List<String> moves = new ArrayList<>(staged);
        moves.removeIf(part.negate());
        if (!moves.isEmpty() || !removed.isEmpty()) {
            moves.sort(null);
            new Journal(out).publish(staging, moves, removed);
        }
        return removed;
    }

    /**
     * Publishes a clean build into a folder that cannot be replaced whole (a link, a mount point):
     * every file renamed or copied over its old version, {@code extra} (files of the folder this
     * build did not make) deleted, under the journal as {@link #publish} does.
     */
    public void publishInto(Path staging, Collection<String> staged, List<String> extra) throws IOException {
        List<String> moves = new ArrayList<>(staged);
        moves.sort(null);
        new Journal(out).publish(staging, moves, extra);
    }

    /**
     * Saves what the next build needs: these content files and their articles, every file this
     * build published, the related-articles ranking and the {@link gazette.render.PlanPrint}. Then no journal is needed any more.
     *
     * @param savedAt when the build began to read the content (ms): a file whose time is within
     *                {@link #CLOCK_SLACK_MS} of it, or later, may have changed since it was read without its time showing it
     */
    public void save(Map<String, SourceFile> sources, Related related, long plan, long savedAt) throws IOException {
        if (kept != null) kept.forget(); // the file is about to change
        java.util.Set<String> readAgain = StateFile.save(out, key, sources, written, related, plan, savedAt);
        new Journal(out).delete();
        if (kept != null && sources.size() <= KeptState.MOST_ARTICLES) {
            last = StateFile.Saved.NONE; // done with: not held beside the new one
            try {
                StateFile.keep(out, key, sources, readAgain, written, related, plan, savedAt, kept);
            } catch (IOException | RuntimeException | OutOfMemoryError e) {
                // the state is saved and the site published: what is kept only spares the next build a read
                kept.forget();
            }
        }
    }

    /**
     * Records, for the next build's quick check ({@link Unchanged}), what this finished build was
     * made from and the files it left: {@code key} the code, settings and options.
     */
    public void rememberUnchanged(String key, Unchanged.Inputs inputs, java.time.Instant builtAt, java.time.Instant nextEvent, byte[] report)
            throws IOException {
        Unchanged.save(out, key, inputs, builtAt, nextEvent, written, report);
    }

    /** Lets go of this build's record (its spill file). */
    @Override
    public void close() throws IOException {
        written.close();
    }
}
