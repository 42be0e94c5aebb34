package gazette.cli;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;

/** How the command line words what went wrong: one line each, whatever the cause says. */
final class Messages {
    private Messages() {}

    /**
     * The text with every control character (and every bidirectional override) shown as
     * {@code \}{@code uXXXX}: a file name or a front matter value may hold a newline or an escape
     * sequence, and must neither split a problem into two lines nor drive the terminal.
     */
    static String oneLine(String text) {
        StringBuilder out = null;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean unsafe = c < 0x20 && c != '\t' || c >= 0x7F && c <= 0x9F || c >= '\u202A' && c <= '\u202E'
                    || c >= '\u2066' && c <= '\u2069' || c == '\u2028' || c == '\u2029';
            if (unsafe && out == null) out = new StringBuilder(text.length() + 16).append(text, 0, i);
            if (unsafe) out.append(String.format("\\u%04x", (int) c));
            else if (out != null) out.append(c);
        }
        return out == null ? text : out.toString();
    }

    /** An I/O problem as a sentence: Java's own messages are often just the path. */
    static String describe(IOException e) {
        String detail;
        if (e instanceof NoSuchFileException f) detail = f.getFile() + ": no such file or folder";
        else if (e instanceof AccessDeniedException f) detail = f.getFile() + ": permission denied";
        else if (e instanceof NotDirectoryException f) detail = f.getFile() + ": not a folder";
        else if (e instanceof FileSystemException f && f.getFile() != null) {
            detail = f.getFile() + (f.getOtherFile() != null ? " -> " + f.getOtherFile() : "") + ": " + (f.getReason() != null ? f.getReason() : "cannot be used");
        } else detail = e.getMessage() != null ? e.getMessage() : e.getClass().getSimpleName();
        return oneLine(detail);
    }

    /** What a bug or an exhausted machine says, in one line. */
    static String unexpected(Throwable e) {
        if (e instanceof OutOfMemoryError) {
            return "out of memory (" + oneLine(String.valueOf(e.getMessage())) + "): give Java more, for example JAVA_TOOL_OPTIONS=-Xmx4g";
        }
        String message = e.getMessage() == null ? null : e.getMessage().lines().findFirst().orElse("");
        String what = e.getClass().getName() + (message != null ? ": " + message : "");
        return "unexpected " + oneLine(what) + " (a bug in Gazette; please report it)";
    }
}
