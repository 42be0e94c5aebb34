package gazette.incremental;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.Objects;

/**
 * The build state a long-running process keeps between its builds into one folder ({@code serve}
 * rebuilds on every save): what the last build saved, so that the next one need not read it back
 * and decode every article. It stands only while the state file is the very one this process
 * wrote (its file, size and time); another build into the folder, or anything else that replaced
 * the file, and the file is read as usual.
 */
public final class KeptState {
    /**
     * The most articles whose state is kept: it holds every article and every output file's record
     * while the server waits (100,000 articles: their records and some 180,000 files'); a larger archive's is read back.
     */
    public static final int MOST_ARTICLES = 150_000;

    /** The saved state, and the file it was saved as. */
    private record Kept(Path file, String key, String folder, Object fileKey, long size, long modified, StateFile.Saved saved) {}

    /** The address history as last saved, and its file ({@link AddressHistory}). */
    private record KeptHistory(Path file, Object fileKey, long size, long modified, AddressHistory history) {}

    private Kept kept;
    private KeptHistory history;
    private int taken;
    /**
     * Whether every output file the kept state records was, when the last build to get that far
     * finished, on disk as recorded (looked at, or made by it).
     */
    private boolean filesSeen;
    private int trusted;

    /**
     * What the last save into {@code file} left, when the file is still as it was written; else
     * null. A build that takes it and fails leaves it for the next: nothing changes the state.
     */
    synchronized StateFile.Saved take(Path file, String key, String folder) {
        Kept k = kept;
        if (k == null || !k.file.equals(file) || !k.key.equals(key) || !k.folder.equals(folder)) return null;
        if (!asWritten(file, k.fileKey, k.size, k.modified)) return null;
        taken++;
        return k.saved;
    }

    /** Whether the file is still the one written with this key, size and time. */
    private static boolean asWritten(Path file, Object fileKey, long size, long modified) {
        try {
            BasicFileAttributes a = Files.readAttributes(file, BasicFileAttributes.class);
            return Objects.equals(a.fileKey(), fileKey) && a.size() == size && a.lastModifiedTime().toMillis() == modified;
        } catch (IOException gone) {
            return false;
        }
    }

    /** Keeps the state just saved as {@code file}. */
    synchronized void keep(Path file, String key, String folder, StateFile.Saved saved) throws IOException {
        BasicFileAttributes a = Files.readAttributes(file, BasicFileAttributes.class);
        kept = new Kept(file, key, folder, a.fileKey(), a.size(), a.lastModifiedTime().toMillis(), saved);
        filesSeen = false;
    }

    /**
     * True when {@code saved} is the state kept here and every output file it records was seen on
     * disk as recorded since it was kept: a build that follows a change may then take the files
     * it keeps as they are, unchecked, and check them after it has published ({@link Incremental#trustKeptFiles}).
     */
    synchronized boolean vouchesFor(StateFile.Saved saved) {
        return kept != null && kept.saved == saved && filesSeen;
    }

    /** Whether the kept state's output files were all seen as recorded (a build that checked them says). */
    synchronized void filesSeen(boolean seen) {
        filesSeen = seen;
    }

    /** The address history last saved as {@code file}, when the file is still as it was written; else null. */
    synchronized AddressHistory history(Path file) {
        KeptHistory h = history;
        return h != null && h.file.equals(file) && asWritten(file, h.fileKey, h.size, h.modified) ? h.history : null;
    }

    /** Keeps the address history just saved as {@code file}. */
    synchronized void keepHistory(Path file, AddressHistory saved) throws IOException {
        BasicFileAttributes a = Files.readAttributes(file, BasicFileAttributes.class);
        history = new KeptHistory(file, a.fileKey(), a.size(), a.lastModifiedTime().toMillis(), saved);
    }

    /** Forgets the address history: it is about to change. */
    synchronized void forgetHistory() {
        history = null;
    }

    /** Counts a build that took the kept state's files as they are ({@link Incremental#trustKeptFiles}). */
    synchronized void trusted() {
        trusted++;
    }

    /** How many builds took the kept state's files as they are, unchecked until after publishing. */
    public synchronized int trustedBuilds() {
        return trusted;
    }

    /** How many builds took the state from here rather than from the file. */
    public synchronized int taken() {
        return taken;
    }

    /** Forgets what it keeps: the next build reads the state file. */
    synchronized void forget() {
        kept = null;
        filesSeen = false;
    }
}
