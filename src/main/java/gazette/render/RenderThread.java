package gazette.render;

import freemarker.core.Environment;
import freemarker.core.TemplateElement;
import freemarker.core._CoreAPI;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.IntConsumer;

/**
 * A thread that renders pages, with a deep stack and a watch on each page: its time and how deep
 * its template calls nest. Templates are prepared so that every block they enter asks its thread
 * whether it has been interrupted; this thread answers that question itself, yes once the page has
 * run past its time or nests past any sane depth (a macro or {@code #include} calling itself
 * without end). It notes there and then which template and line it stopped at, since only it can
 * see them: by the time the exception reaches the caller, Freemarker has unwound its stack.
 */
final class RenderThread extends Thread {
    /** Deep enough that {@link #MAX_FRAMES} frames of Freemarker fit many times over. */
    static final long STACK_BYTES = 64L << 20;
    /** Java frames a page may nest; a normal page uses a few hundred, a recursion runs away. */
    static final int MAX_FRAMES = 10_000;
    /** The depth is counted every so many checks, which keeps the cost off a normal page. */
    private static final int DEPTH_EVERY = 256;

    private static final String NESTED = "calls nest too deeply (a macro, function or #include that calls itself without end?)";

    /** Where a page was stopped, and why. */
    record Stop(String why, String template, int line) {}

    /** How long past its limit a page may go unchecked before the build gives up waiting for it. */
    static final long GRACE_NANOS = 2_000_000_000L;

    private final Runnable work;
    private volatile boolean watching; // these two are read by the caller of runAll too
    private volatile long deadline;
    private java.util.function.Supplier<RuntimeException> runaway;
    private boolean abandoned;
    private String limit;
    private int checks;
    private int includes;
    private Stop stop;

    private RenderThread(Runnable work, String name) {
        super(null, null, name, STACK_BYTES);
        this.work = work;
        setDaemon(true);
    }

    @Override
    public void run() {
        work.run();
    }

    /** The render thread running this, or null when the caller is not one. */
    static RenderThread current() {
        return Thread.currentThread() instanceof RenderThread r ? r : null;
    }

    /** Runs {@code task} for 0 to n - 1 on one render thread per core; the first failure stops the rest and is thrown. */
    static void runAll(int n, IntConsumer task) {
        AtomicInteger next = new AtomicInteger();
        AtomicReference<Throwable> failed = new AtomicReference<>();
        Runnable worker = () -> {
            for (int i; failed.get() == null && (i = next.getAndIncrement()) < n; ) {
                try {
                    task.accept(i);
                } catch (Throwable t) {
                    failed.compareAndSet(null, t);
                }
            }
        };
        int threads = Math.max(1, Math.min(n, Runtime.getRuntime().availableProcessors()));
        RenderThread[] all = new RenderThread[threads];
        for (int t = 0; t < threads; t++) (all[t] = new RenderThread(worker, "gazette-render-" + t)).start();
        boolean interrupted = false;
        for (boolean waiting = true; waiting; ) {
            waiting = false;
            for (RenderThread t : all) {
                if (!t.isAlive() || t.abandoned) continue;
                if (t.watching && System.nanoTime() - t.deadline > GRACE_NANOS) {
                    // stuck where no check reaches (a built-in looping over an endless sequence, ?interpret):
                    // Java cannot stop a thread, so the build stops waiting for it; it is a daemon, and dies with the process
                    t.abandoned = true;
                    failed.compareAndSet(null, t.runaway.get());
                    continue;
                }
                waiting = true;
                try {
                    t.join(100);
                } catch (InterruptedException e) {
                    interrupted = true; // the pages under way are finished first; the flag is kept for the caller
                }
            }
        }
        if (interrupted) Thread.currentThread().interrupt();
        Throwable t = failed.get();
        if (t instanceof RuntimeException r) throw r;
        if (t instanceof Error e) throw e;
        if (t != null) throw new IllegalStateException(t);
    }

    /**
     * Starts watching a page that may take {@code time}; {@code runaway} is the error for a page
     * still running well past it, where no check could stop it.
     */
    void watch(Duration time, String limitText, java.util.function.Supplier<RuntimeException> runaway) {
        deadline = System.nanoTime() + time.toNanos();
        limit = limitText;
        this.runaway = runaway;
        checks = 0;
        includes = 0;
        stop = null;
        watching = true;
    }

    /** Stops watching; returns where the page was stopped, or null if it was not. */
    Stop unwatch() {
        watching = false;
        Stop s = stop;
        stop = null;
        return s;
    }

    @Override
    public boolean isInterrupted() {
        if (watching && Thread.currentThread() == this) {
            if (stop != null) return true;
            if (System.nanoTime() - deadline > 0) return stopHere("took longer than " + limit);
            if (++checks % DEPTH_EVERY == 0 && deeperThan(MAX_FRAMES)) {
                return stopHere(NESTED);
            }
        }
        return super.isInterrupted();
    }

    /**
     * Freemarker checks for interruption only in loops and macro bodies; an {@code #include} of
     * itself is caught here instead, as each include asks for its template.
     */
    static void beforeInclude() throws java.io.IOException {
        RenderThread t = current();
        if (t != null && t.watching && t.stop == null && ++t.includes % 16 == 0 && deeperThan(MAX_FRAMES)) {
            t.stopHere(NESTED);
            throw new java.io.IOException(NESTED);
        }
    }

    /** Stops the page being watched, here, for this reason; true. */
    boolean stopHere(String why) {
        if (!watching || stop != null) return true;
        Environment env = Environment.getCurrentEnvironment();
        TemplateElement[] stack = env == null ? new TemplateElement[0] : _CoreAPI.getInstructionStackSnapshot(env);
        // the innermost instruction, passing over the check that asked (it stands at its block's first line)
        int i = stack.length > 1 && stack[0].getClass().getName().endsWith("ThreadInterruptionCheck") ? 1 : 0;
        TemplateElement at = stack.length > i ? stack[i] : null;
        stop = at == null || at.getTemplate() == null ? new Stop(why, null, 0) : new Stop(why, at.getTemplate().getSourceName(), at.getBeginLine());
        return true;
    }

    private static boolean deeperThan(int frames) {
        return StackWalker.getInstance().walk(s -> s.skip(frames).findAny().isPresent());
    }
}
