package gazette.read;

import java.util.Comparator;

/**
 * Something wrong with a content file, as a value: the file as the user knows it, the line
 * (1 when the problem concerns the whole file) and what is wrong.
 */
public record Problem(String file, int line, String message) {
    /** By file, then by line: the order a user reads them in. */
    public static final Comparator<Problem> IN_FILE_ORDER = Comparator.comparing(Problem::file).thenComparingInt(Problem::line);

    /** {@code path:line: what is wrong}. */
    @Override
    public String toString() {
        return file + ":" + line + ": " + message;
    }
}
