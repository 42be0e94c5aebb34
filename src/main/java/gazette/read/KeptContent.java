package gazette.read;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.Set;

/**
 * What a long-running process that watches the content folder ({@code serve}) keeps of it between
 * builds: the last listing of the folder, and the paths seen changing since. A build takes the
 * listing brought up to date from those paths alone, instead of walking every folder again; it
 * walks when there is no listing, when a folder changed, and when the watcher could not watch
 * every folder (then the process forgets the listing).
 */
public final class KeptContent {
    private ContentListing listing;
    private final Set<Path> seen = new LinkedHashSet<>();
    private int walks;

    /** Paths the watcher saw change: the next build looks at them again. */
    public synchronized void changed(Collection<Path> paths) {
        seen.addAll(paths);
    }

    /** Forgets the listing: the next build walks. */
    public synchronized void forget() {
        listing = null;
        seen.clear();
    }

    /**
     * The folder as it is now: with {@code walk}, a new walk; else the kept listing with the
     * changed paths looked at again, or a walk when that cannot be. Paths seen while this runs
     * wait for the next build; those seen before are let go once the listing stands for them.
     */
    public synchronized ContentListing listing(Path dir, boolean walk) throws IOException {
        ContentListing now = !walk && listing != null && listing.dir().equals(dir) ? listing.afterChanges(seen) : null;
        if (now == null) {
            now = ContentListing.walk(dir);
            walks++;
        }
        listing = now;
        seen.clear();
        return now;
    }

    /** How many listings were walked rather than brought up to date, for tests. */
    public synchronized int walks() {
        return walks;
    }
}
