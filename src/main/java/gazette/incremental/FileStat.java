package gazette.incremental;

import gazette.fingerprint.Hasher;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;

/**
 * A published file as the file system describes it, size and time, folded into one number: the
 * cheap check (one stat, no read) by which a build sees an output file deleted or edited by hand
 * since the last build, and makes it again. A rename keeps both, so a file staged and then
 * published keeps the number it had when staged; a copy to another device keeps them too.
 */
final class FileStat {
    /** No such file, or not a regular file. */
    static final long NONE = 0;

    private FileStat() {
    }

    static long of(Path file) {
        try {
            BasicFileAttributes a = Files.readAttributes(file, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
            if (!a.isRegularFile()) return NONE;
            long h = new Hasher().add(a.size()).add(a.lastModifiedTime().toMillis()).get();
            return h == NONE ? 1 : h;
        } catch (IOException e) {
            return NONE;
        }
    }
}
