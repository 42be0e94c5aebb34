package gazette.pipeline;

import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;

/**
 * How far a build has got: the current stage and its count of items done out of a total.
 * Stages update it from many threads; a display reads it from another.
 */
public final class Progress {
    /** A build nobody watches. */
    public static final Progress NONE = new Progress();

    private volatile String stage = "start";
    private volatile long total;
    private final AtomicLong done = new AtomicLong();
    private volatile Consumer<String> notices = message -> { };

    /** Where a build's notices go while it runs ("waiting for another build ..."). */
    public Progress onNotice(Consumer<String> notices) {
        this.notices = notices;
        return this;
    }

    public void notice(String message) {
        notices.accept(message);
    }

    public void stage(String name, long total) {
        this.done.set(0);
        this.total = total;
        this.stage = name;
    }

    public void advance() {
        done.incrementAndGet();
    }

    public String stage() {
        return stage;
    }

    public long done() {
        return done.get();
    }

    public long total() {
        return total;
    }
}
