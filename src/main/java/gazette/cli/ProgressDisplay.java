package gazette.cli;

import gazette.pipeline.Progress;
import java.io.PrintWriter;
import java.util.Locale;

/**
 * Shows a long build's progress: a bar redrawn in place on an interactive terminal, plain log
 * lines (one per stage, and every ten seconds) otherwise. Short builds (under two seconds) show
 * nothing but their summary.
 */
final class ProgressDisplay implements AutoCloseable {
    private static final long QUIET_MS = 2000;
    private static final long LOG_EVERY_MS = 10_000;

    private final Progress progress;
    private final PrintWriter out;
    private final boolean terminal;
    private final long start = System.currentTimeMillis();
    private final Thread thread;
    private volatile boolean running = true;
    private boolean drawn;

    ProgressDisplay(Progress progress, PrintWriter out, boolean terminal) {
        this.progress = progress;
        this.out = out;
        this.terminal = terminal;
        this.thread = new Thread(this::loop, "gazette-progress");
        thread.setDaemon(true);
        thread.start();
    }

    /** True when standard output is a terminal a person watches. */
    static boolean isTerminal() {
        return System.console() != null && System.getenv("TERM") != null && !"dumb".equals(System.getenv("TERM"));
    }

    private void loop() {
        String lastStage = null;
        long lastLog = 0;
        while (running) {
            try {
                Thread.sleep(terminal ? 200 : 250);
            } catch (InterruptedException e) {
                return;
            }
            long now = System.currentTimeMillis();
            if (now - start < QUIET_MS) continue;
            String stage = progress.stage();
            synchronized (this) {
                if (!running) return;
                if (terminal) {
                    out.print("\r" + bar(stage, progress.done(), progress.total()) + "\u001b[K");
                    drawn = true;
                    out.flush();
                } else if (!stage.equals(lastStage) || now - lastLog >= LOG_EVERY_MS) {
                    out.println(line(stage, progress.done(), progress.total(), now - start));
                    out.flush();
                    lastStage = stage;
                    lastLog = now;
                }
            }
        }
    }

    static String bar(String stage, long done, long total) {
        int width = 30;
        int filled = total > 0 ? (int) Math.min(width, done * width / total) : 0;
        return String.format(Locale.ROOT, "%-7s [%s%s] %,d/%,d", stage, "#".repeat(filled), ".".repeat(width - filled), done, total);
    }

    static String line(String stage, long done, long total, long elapsedMs) {
        return String.format(Locale.ROOT, "%6.1f s  %s: %,d of %,d", elapsedMs / 1000.0, stage, done, total);
    }

    @Override
    public void close() {
        synchronized (this) {
            running = false;
            if (drawn) {
                out.print("\r\u001b[K");
                out.flush();
            }
        }
        thread.interrupt();
    }
}
