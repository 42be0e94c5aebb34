package gazette.write;

import java.io.IOException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/** How a failed write is said: where, why, and the room left on the disk. */
public final class WriteErrors {
    private WriteErrors() {}

    /** "; 0.3 MB free on that disk", when the file system says; nothing when it does not. */
    static String freeSpace(Path on) {
        try {
            return String.format(Locale.ROOT, "; %.1f MB free on that disk", Files.getFileStore(on).getUsableSpace() / 1e6);
        } catch (IOException | RuntimeException e) {
            return "";
        }
    }

    /**
     * A write beside the site (a cache, a temporary file) that failed, said as a build's own
     * writes are: where, why, and the room left ("…: cannot write (No space left on device); 0.0 MB free on that disk").
     */
    public static IOException cannotWrite(Path where, IOException e) {
        return new FileSystemException(where.toString(), null, "cannot write (" + reason(e) + ")" + freeSpace(where));
    }

    static String reason(IOException e) {
        if (e instanceof java.nio.file.FileSystemException f && f.getFile() != null) {
            return f.getFile() + ": " + (f.getReason() != null ? f.getReason() : e.getClass().getSimpleName());
        }
        return e.getMessage() != null ? e.getMessage() : e.getClass().getSimpleName();
    }
}
