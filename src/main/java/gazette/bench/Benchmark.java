package gazette.bench;

import gazette.pipeline.Build;
import gazette.pipeline.BuildFailure;
import gazette.pipeline.BuildOptions;
import gazette.pipeline.BuildReport;
import java.io.IOException;
import java.io.PrintWriter;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * Builds a generated (or given) archive and reports what a build costs: a cold build, a build
 * with nothing changed, and a build after one article changed. Run as {@code gazette bench}.
 */
public final class Benchmark {
    private final PrintWriter out;

    public Benchmark(PrintWriter out) {
        this.out = out;
    }

    public void run(Path content, int articles, int textArticles, Path work) throws IOException, BuildFailure {
        run(content, articles, textArticles, 0, 0, work);
    }

    /**
     * @param pictures   how many of the generated articles have a lead picture (a 3000 × 2000 JPEG)
     * @param serveEdits how many saves to time inside {@code serve} (0: none)
     */
    public void run(Path content, int articles, int textArticles, int pictures, int serveEdits, Path work) throws IOException, BuildFailure {
        run(content, articles, textArticles, pictures, serveEdits, false, work);
    }

    /** @param commands also time the whole {@code gazette build} command, in a process of its own ({@link CommandRuns}) */
    public void run(Path content, int articles, int textArticles, int pictures, int serveEdits, boolean commands, Path work)
            throws IOException, BuildFailure {
        boolean generated = content == null;
        if (content == null) {
            content = work.resolve("content");
            if (!Files.isDirectory(content)) {
                long t = System.nanoTime();
                long bytes = new CorpusGenerator().generate(content, articles, textArticles, pictures, 3);
                out.printf(Locale.ROOT, "generated %d articles (%d of them text, %d with a picture) (%.1f MB) in %s in %.1f s%n", articles, textArticles,
                        pictures, bytes / 1e6, content, (System.nanoTime() - t) / 1e9);
            } else {
                out.printf("reusing the archive in %s%n", content);
            }
            out.flush();
        }
        Path site = work.resolve("site");
        deleteTree(site);
        deleteTree(work.resolve(".site.gazette-pictures")); // a cold build makes every picture
        BuildOptions options = new BuildOptions(content, work.resolve("no-templates"), site, work.resolve("no-settings.yaml"), null, false);

        resetPeaks();
        BuildReport cold = new Build(options).run();
        report("cold build", cold);
        BuildReport noop = new Build(options).run();
        report("no change", noop);
        Path first = firstArticle(content);
        Files.writeString(first, Files.readString(first, StandardCharsets.UTF_8) + "\nOne more line.\n", StandardCharsets.UTF_8);
        BuildReport edit = new Build(options).run();
        report("one edit", edit);
        // a photo replaced, in a generated archive only: an archive of the user's own keeps its photos
        Path picture = generated ? firstPicture(content) : null;
        if (picture != null) {
            Photos.write(picture, System.nanoTime()); // another photo under the same name
            report("one photo", new Build(options).run());
        }
        if (commands) commands(options, first);
        if (serveEdits > 0) serveEdits(options, first, serveEdits);
        out.printf(Locale.ROOT, "memory: peak heap %.0f MB (sum of the pools' peaks), peak resident %.0f MB (whole process)%n", peakHeap() / 1e6, peakResident() / 1e6);
        out.flush();
    }

    private void report(String what, BuildReport r) {
        double s = r.total().toNanos() / 1e9;
        StringBuilder stages = new StringBuilder();
        r.stageTimes().forEach((k, v) -> stages.append(String.format(Locale.ROOT, " %s %.2f s", k, v.toNanos() / 1e9)));
        out.printf(Locale.ROOT, "%-11s %7.2f s  %8.0f articles/s  %d pages, %d files, %.1f MB written; stages:%s%n",
                what, s, r.articles() / s, r.pages(), r.filesWritten(), r.bytesWritten() / 1e6, stages);
        java.time.Duration pictures = r.stageTimes().get("pictures");
        if (pictures != null && r.pictures().published() > 0) {
            double t = pictures.toNanos() / 1e9;
            out.printf(Locale.ROOT, "%-11s %7.2f s  %8.1f pictures/s (%d pictures, %d made at every width as JPEG and WebP, the rest known from the cache)%n",
                    "", t, r.pictures().published() / t, r.pictures().published(), r.pictures().made());
        }
        out.flush();
    }

    /**
     * The builds again as whole commands, into a folder of their own: a cold one, two with nothing
     * changed and one after an edit. The article is put back afterwards (and if the bench is
     * stopped meanwhile), and the folder removed, however the runs end.
     */
    private void commands(BuildOptions options, Path article) throws IOException {
        CommandRuns gazette = CommandRuns.here();
        Path site = options.out().resolveSibling("site-command");
        Path log = options.out().resolveSibling("command.log");
        String[] args = {"build", "--content", options.content().toString(), "--templates", options.templates().toString(), "--config",
                options.settings().toString(), "--out", site.toString()};
        String text = Files.readString(article, StandardCharsets.UTF_8);
        Thread putBack = ServeEdits.puttingBack(article, text);
        deleteCommandSite(site);
        try {
            out.printf("whole commands, each a process of its own (%s):%n", gazette.program());
            report("  cold build", gazette.run(log, args));
            // the first after a build may find files too new to trust its record of them, and look at them all (README, "gazette build")
            report("  no change", gazette.run(log, args));
            report("  again", gazette.run(log, args));
            Runtime.getRuntime().addShutdownHook(putBack);
            Files.writeString(article, text + "\nOne more line, from the command.\n", StandardCharsets.UTF_8);
            report("  one edit", gazette.run(log, args));
        } finally {
            Files.writeString(article, text, StandardCharsets.UTF_8);
            Runtime.getRuntime().removeShutdownHook(putBack); // false, and no harm, when the runs ended before the edit
            deleteCommandSite(site); // as big as the site: not left behind
            Files.deleteIfExists(log);
        }
    }

    /** The site and what its builds keep beside it (.site-command.gazette-state and the like). */
    private static void deleteCommandSite(Path site) throws IOException {
        deleteTree(site);
        try (Stream<Path> s = Files.list(site.getParent())) {
            for (Path p : s.filter(p -> p.getFileName().toString().startsWith("." + site.getFileName() + ".")).toList()) deleteTree(p);
        }
    }

    private void report(String what, CommandRuns.Run r) {
        String memory = r.peakResident() < 0 ? "" : String.format(Locale.ROOT, ", peak resident %.0f MB", r.peakResident() / 1e6);
        out.printf(Locale.ROOT, "%-11s %7.2f s  the whole command%s; %s%n", what, r.seconds(), memory, r.wrote());
        out.flush();
    }

    /** Saves inside a running {@code serve}, each timed until the server answers with the changed page. */
    private void serveEdits(BuildOptions options, Path article, int edits) throws IOException {
        String page = ServeEdits.pageOf(Files.readString(article, StandardCharsets.UTF_8));
        if (page == null) {
            out.printf("serve edit  skipped: %s gives no plain title and date to find its page by%n", article);
            return;
        }
        ServeEdits.Result r;
        try {
            r = ServeEdits.measure(options, article, page, edits);
        } catch (IOException e) {
            throw e;
        } catch (Exception e) {
            throw new IOException("serve edit: " + e.getMessage(), e);
        }
        if (r == null) {
            out.printf("serve edit  skipped: the server has no page at %s, where %s's date and title put it%n", page, article);
            return;
        }
        out.printf(Locale.ROOT, "serve edit  %7.3f s  median of %d saves to the changed page served, the worst %.3f s%n", r.median(), edits, r.worst());
        out.flush();
    }

    /** The first picture beside an article, in file order; null when the archive has none. */
    private static Path firstPicture(Path content) throws IOException {
        try (Stream<Path> s = Files.walk(content)) {
            return s.filter(p -> p.toString().endsWith(".jpg")).sorted().findFirst().orElse(null);
        }
    }

    private static void deleteTree(Path dir) throws IOException {
        if (!Files.exists(dir)) return;
        try (Stream<Path> s = Files.walk(dir)) {
            for (Path p : s.sorted(java.util.Comparator.reverseOrder()).toList()) Files.delete(p);
        }
    }

    private static Path firstArticle(Path content) throws IOException {
        try (Stream<Path> s = Files.walk(content)) {
            return s.filter(p -> p.toString().endsWith(".md")).sorted().findFirst().orElseThrow(() -> new IOException("no article in " + content));
        }
    }

    private static void resetPeaks() {
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) pool.resetPeakUsage();
    }

    private static long peakHeap() {
        long sum = 0;
        List<MemoryPoolMXBean> pools = ManagementFactory.getMemoryPoolMXBeans();
        for (MemoryPoolMXBean pool : pools) if (pool.getType() == MemoryType.HEAP) sum += pool.getPeakUsage().getUsed();
        return sum;
    }

    /** VmHWM: the most resident memory the process ever had (Linux). */
    private static long peakResident() {
        try {
            for (String line : Files.readAllLines(Path.of("/proc/self/status"))) {
                if (line.startsWith("VmHWM:")) return Long.parseLong(line.replaceAll("\\D", "")) * 1024;
            }
        } catch (IOException | NumberFormatException e) {
            // not Linux: leave it unknown
        }
        return -1;
    }
}
