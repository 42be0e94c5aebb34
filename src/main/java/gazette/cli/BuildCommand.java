package gazette.cli;

import gazette.incremental.PublishFailure;
import gazette.pipeline.Build;
import gazette.pipeline.BuildFailure;
import gazette.pipeline.BuildOptions;
import gazette.pipeline.BuildReport;
import gazette.pipeline.Progress;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Locale;
import java.util.Map;
import java.util.StringJoiner;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "build", mixinStandardHelpOptions = true,
        description = {"Builds the site: reads every article in the content folder and writes article, date, tag and home pages into the output folder.",
                "The output folder is replaced only when the whole build succeeds; on any error it is left as it was.",
                "Example: gazette build --content archive --out site --base-url https://news.example.org/"},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:the site was built",
                "1:the content, a template or the settings have problems (each is listed), or another build holds the output folder; nothing was changed, unless --keep-going published the rest",
                "2:the command line is wrong"})
public final class BuildCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    SiteOptions site;

    @Option(names = "--out", paramLabel = "DIR", defaultValue = "site", description = "output folder, replaced only by a build that succeeded (default: ${DEFAULT-VALUE})")
    Path out;

    @Option(names = "--base-url", paramLabel = "URL", description = "public address of the site, e.g. https://example.org/news/ or /news/ (overrides base_url in the settings)")
    String baseUrl;

    @Option(names = "--clean", description = "ignore what the last build left and build everything again (normally only what changed is rebuilt)")
    boolean clean;

    @Option(names = "--keep-going", description = "publish every good article even when some files have problems; each file left out is listed, and the exit code is still 1")
    boolean keepGoing;

    @Option(names = "--wait", description = "when another build is writing into the output folder, wait for it to finish (normally this build stops at once, exit code 1)")
    boolean wait;

    @Option(names = "--link", description = "publish by link: the output folder becomes a symbolic link to the newest build (kept beside it), and each build changes the link in one step, so readers never see a moment without a site nor a mix of two builds; later builds keep it so")
    boolean link;

    @Option(names = "--verbose", description = "on an unexpected error (a bug), print its stack trace")
    boolean verbose;

    /** Runs the build; tests replace it to see how the command reports what a build throws. */
    Builder builder = options -> {
        PrintWriter err = spec.commandLine().getErr();
        Progress progress = new Progress().onNotice(message -> {
            err.println(message);
            err.flush();
        });
        try (ProgressDisplay display = new ProgressDisplay(progress, err, ProgressDisplay.isTerminal())) {
            return new Build(options, progress).run();
        }
    };

    @FunctionalInterface
    interface Builder {
        BuildReport build(BuildOptions options) throws BuildFailure, IOException;
    }

    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        PrintWriter outWriter = spec.commandLine().getOut();
        BuildReport r;
        try {
            r = builder.build(new BuildOptions(site.content, site.templates, out, site.config, baseUrl, site.drafts, site.future, keepGoing, clean, wait, link));
        } catch (BuildFailure f) {
            for (String p : f.problems()) err.println(Messages.oneLine(p));
            return failed(err, String.format("build failed: %d problem%s", f.problems().size(), f.problems().size() == 1 ? "" : "s"));
        } catch (PublishFailure e) {
            // the output folder changed before the failure: say what is live, not "not changed"
            err.println("error: " + Messages.describe(e.getCause()));
            if (verbose) e.printStackTrace(err);
            err.printf("build failed; %s%n", Messages.oneLine(e.live()));
            err.flush();
            return 1;
        } catch (IOException | UncheckedIOException e) {
            // the disk, the file system or a folder that is not ours: expected, and one line says it
            err.println("error: " + Messages.describe(e instanceof UncheckedIOException u ? u.getCause() : (IOException) e));
            if (verbose) e.printStackTrace(err);
            return failed(err, "build failed");
        } catch (RuntimeException | Error e) {
            // a bug, or a machine too small: one clear line, and the trace only when asked for
            err.println("error: " + Messages.unexpected(e));
            if (verbose) e.printStackTrace(err);
            else err.println("run with --verbose for details");
            return failed(err, "build failed");
        }
        for (String w : r.warnings()) err.println("warning: " + Messages.oneLine(w));
        for (String p : r.leftOut()) err.println(Messages.oneLine(p));
        if (!r.leftOut().isEmpty()) {
            err.printf("left out: %d file%s with problems (listed above); the rest was published to %s%n",
                    r.leftOut().size(), r.leftOut().size() == 1 ? "" : "s", Messages.oneLine(out.toString()));
        }
        for (String p : r.withoutPictures()) err.println(Messages.oneLine(p));
        if (!r.withoutPictures().isEmpty()) {
            err.printf("published without a picture: %d article%s (listed above)%n", r.withoutPictures().size(), r.withoutPictures().size() == 1 ? "" : "s");
        }
        err.flush();
        outWriter.print(summary(r));
        outWriter.flush();
        // with --keep-going the site is published, but a script must still learn that files were left out
        return r.leftOut().isEmpty() && r.withoutPictures().isEmpty() ? 0 : 1;
    }

    private int failed(PrintWriter err, String what) {
        err.printf("%s; %s was not changed%n", what, Messages.oneLine(out.toString()));
        err.flush();
        return 1;
    }

    private String summary(BuildReport r) {
        StringBuilder s = new StringBuilder();
        s.append(String.format(Locale.ROOT, "Built %s into %s in %s%n", count(r.articles(), "article", "articles"), out, seconds(r.total())));
        StringJoiner kinds = new StringJoiner(", ");
        for (Map.Entry<String, Integer> e : r.pagesByKind().entrySet()) kinds.add(e.getValue() + " " + e.getKey());
        s.append(String.format(Locale.ROOT, "  pages:  %d (%s)%n", r.pages(), kinds));
        if (r.changes().incremental()) {
            var c = r.changes();
            s.append(String.format(Locale.ROOT, "  changes: %d content files read, %d pages rendered, %d files written (%s), %d removed%n",
                    c.filesRead(), c.pagesRendered(), r.filesWritten(), megabytes(r.bytesWritten()), c.filesRemoved()));
        } else {
            s.append(String.format(Locale.ROOT, "  files:  %d written, %s, of which %d static assets%n", r.filesWritten(), megabytes(r.bytesWritten()), r.assets()));
        }
        if (r.tagReport().merged() > 0 || r.tagReport().belowMinimum() > 0) {
            s.append(String.format(Locale.ROOT, "  tags:   %s with a page; %s merged into another (an alias, a spelling, a plural); %s under the minimum of articles, without a page%n",
                    count(r.tags(), "tag", "tags"), count(r.tagReport().merged(), "name", "names"), count(r.tagReport().belowMinimum(), "tag", "tags")));
        }
        if (r.pictures().published() > 0) {
            s.append(String.format(Locale.ROOT, "  pictures: %d (%d made, the rest from the cache)%n", r.pictures().published(), r.pictures().made()));
        }
        StringJoiner stages = new StringJoiner(", ");
        r.stageTimes().forEach((k, v) -> stages.add(k + " " + seconds(v)));
        s.append("  stages: ").append(stages).append(System.lineSeparator());
        if (r.published() == null) {
            s.append(String.format(Locale.ROOT, "  feeds:  none, nor sitemaps: they need absolute links, and the base URL is a path (set base_url or --base-url to https://…)%n"));
        } else {
            var p = r.published();
            s.append(String.format(Locale.ROOT, "  feeds:  %d (%s); sitemap: %s in %s; news sitemap: %s%n",
                    p.feeds(), sectionsAndTags(p.feeds() - 1, p.sectionFeeds()), count(p.sitemapUrls(), "URL", "URLs"), count(p.sitemapFiles(), "file", "files"),
                    count(p.newsArticles(), "article", "articles")));
        }
        if (r.drafts() > 0) s.append(String.format(Locale.ROOT, "  drafts: %d left out (--drafts publishes them)%n", r.drafts()));
        if (r.duplicates() > 0) s.append(String.format(Locale.ROOT, "  duplicates: %s identical to another file (each kept its own page)%n",
                count(r.duplicates(), "file", "files")));
        if (r.sameBody().repeats() > 0) {
            int n = r.sameBody().repeats();
            s.append("  same body: ").append(switch (r.sameBody().mode()) {
                case KEEP -> count(n, "article repeats", "articles repeat") + " an earlier one's body (each kept its own page; duplicates: skip or link says otherwise)";
                case SKIP -> count(n, "article", "articles") + " left out, repeating an earlier one's body (duplicates: skip)";
                case LINK -> count(n, "article names", "articles name") + " an earlier one with the same body as its canonical page (duplicates: link)";
            }).append(System.lineSeparator());
        }
        if (r.embargoed() > 0) s.append(String.format(Locale.ROOT, "  embargoed: %d dated after the build time, left out (--future publishes them)%n", r.embargoed()));
        return s.toString();
    }

    /** "the site's and 3 tags'", or "the site's, 2 sections' and 3 tags'". */
    private static String sectionsAndTags(int listings, int sections) {
        String tags = count(listings - sections, "tag's", "tags'");
        return sections == 0 ? "the site's and " + tags : "the site's, " + count(sections, "section's", "sections'") + " and " + tags;
    }

    /** "1 article", "2 articles". */
    private static String count(long n, String one, String many) {
        return n + " " + (n == 1 ? one : many);
    }

    private static String seconds(Duration d) {
        return String.format(Locale.ROOT, "%.2f s", d.toNanos() / 1e9);
    }

    private static String megabytes(long bytes) {
        return String.format(Locale.ROOT, "%.1f MB", bytes / 1e6);
    }
}
