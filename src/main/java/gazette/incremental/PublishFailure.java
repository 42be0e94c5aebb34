package gazette.incremental;

import java.io.IOException;

/**
 * A build that failed after it began to change the output folder: what is live now is not "as
 * it was", and {@link #live} says what it is, for the one line the command prints.
 */
public final class PublishFailure extends IOException {
    private final String live;

    public PublishFailure(String live, IOException cause) {
        super(cause.getMessage(), cause);
        this.live = live;
    }

    /** What the output folder holds now, and what the next build does about it. */
    public String live() {
        return live;
    }

    @Override
    public synchronized IOException getCause() {
        return (IOException) super.getCause();
    }
}
