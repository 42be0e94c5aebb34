package gazette.read;

/**
 * A content file that cannot become an article, thrown by the readers and listed as a
 * {@link Problem}. Expected, so it carries no stack trace: the user needs
 * {@code path:line: what is wrong}, not our call chain.
 */
public final class ContentException extends Exception {
    private final String path;
    private final int line;

    public ContentException(String path, int line, String problem) {
        super(problem, null, false, false);
        this.path = path;
        this.line = line;
    }

    public String path() {
        return path;
    }

    /** One-based line number; 1 when the problem concerns the whole file. */
    public int line() {
        return line;
    }

    public String problem() {
        return getMessage();
    }

    /** The problem as a value, to list with the others. */
    public Problem toProblem() {
        return new Problem(path, line, getMessage());
    }

    /** The message a user sees: {@code path:line: what is wrong}. */
    @Override
    public String toString() {
        return toProblem().toString();
    }
}
