package gazette.write;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;

/**
 * Whether the output folder can be replaced whole by a rename, or must be published into. A
 * symbolic link to the real web root would be replaced by a folder, and the web root never
 * updated; a mount point (a container's volume) cannot be renamed at all ("Device or resource
 * busy"). Both are published into, file by file, as an incremental build is.
 */
final class FolderKind {
    private FolderKind() {
    }

    /** True when {@code out} does not exist yet, or is a real folder on the same device as its parent. */
    static boolean replaceable(Path out) throws IOException {
        if (!Files.exists(out, LinkOption.NOFOLLOW_LINKS)) return true;
        if (Files.isSymbolicLink(out)) return false;
        Object device = device(out);
        return device == null || device.equals(device(out.getParent()));
    }

    /** The device a file lives on, where the file system says (Linux, macOS); null elsewhere. */
    private static Object device(Path p) {
        try {
            return Files.getAttribute(p, "unix:dev", LinkOption.NOFOLLOW_LINKS);
        } catch (UnsupportedOperationException | IllegalArgumentException | IOException e) {
            return null;
        }
    }
}
