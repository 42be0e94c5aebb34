package gazette.cli;

import gazette.build.Build;
import gazette.build.BuildFailure;
import gazette.build.BuildOptions;
import gazette.build.BuildReport;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Locale;
import java.util.Map;
import java.util.StringJoiner;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "build", mixinStandardHelpOptions = true,
        description = {"Builds the site: reads every article in the content folder and writes article, date, tag and home pages into the output folder.",
                "The output folder is replaced only when the whole build succeeds; on any error it is left as it was."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:the site was built", "1:the content, a template or the settings have problems (each is listed); nothing was changed", "2:the command line is wrong"})
public final class BuildCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--content", paramLabel = "DIR", defaultValue = "content", description = "folder of articles (.md), searched recursively (default: ${DEFAULT-VALUE})")
    Path content;

    @Option(names = "--templates", paramLabel = "DIR", defaultValue = "templates", description = "Freemarker templates and static/ assets; the built-in theme fills in any that are missing (default: ${DEFAULT-VALUE})")
    Path templates;

    @Option(names = "--out", paramLabel = "DIR", defaultValue = "site", description = "output folder, replaced whole on success (default: ${DEFAULT-VALUE})")
    Path out;

    @Option(names = "--config", paramLabel = "FILE", defaultValue = "gazette.yaml", description = "settings file; the build uses defaults when it does not exist (default: ${DEFAULT-VALUE})")
    Path config;

    @Option(names = "--base-url", paramLabel = "URL", description = "public address of the site, e.g. https://example.org/news/ or /news/ (overrides base_url in the settings)")
    String baseUrl;

    @Option(names = "--drafts", description = "also publish articles marked draft: true")
    boolean drafts;

    @Option(names = "--future", description = "also publish articles dated after the build time (the clock, or SOURCE_DATE_EPOCH when set)")
    boolean future;

    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        PrintWriter outWriter = spec.commandLine().getOut();
        try {
            BuildReport r = new Build(new BuildOptions(content, templates, out, config, baseUrl, drafts, future)).run();
            for (String w : r.warnings()) err.println("warning: " + w);
            outWriter.print(summary(r));
            outWriter.flush();
            return 0;
        } catch (BuildFailure f) {
            for (String p : f.problems()) err.println(p);
            err.printf("build failed: %d problem%s; %s was not changed%n", f.problems().size(), f.problems().size() == 1 ? "" : "s", out);
            err.flush();
            return 1;
        } catch (IOException e) {
            err.println("error: " + e.getMessage());
            err.printf("build failed; %s was not changed%n", out);
            err.flush();
            return 1;
        }
    }

    private String summary(BuildReport r) {
        StringBuilder s = new StringBuilder();
        s.append(String.format(Locale.ROOT, "Built %d articles into %s in %s%n", r.articles(), out, seconds(r.total())));
        StringJoiner kinds = new StringJoiner(", ");
        for (Map.Entry<String, Integer> e : r.pagesByKind().entrySet()) kinds.add(e.getValue() + " " + e.getKey());
        s.append(String.format(Locale.ROOT, "  pages:  %d (%s)%n", r.pages(), kinds));
        s.append(String.format(Locale.ROOT, "  files:  %d written, %s, of which %d static assets%n", r.filesWritten(), megabytes(r.bytesWritten()), r.assets()));
        StringJoiner stages = new StringJoiner(", ");
        r.stageTimes().forEach((k, v) -> stages.add(k + " " + seconds(v)));
        s.append("  stages: ").append(stages).append(System.lineSeparator());
        if (r.published() == null) {
            s.append(String.format(Locale.ROOT, "  feeds:  none, nor sitemaps: they need absolute links, and the base URL is a path (set base_url or --base-url to https://…)%n"));
        } else {
            var p = r.published();
            s.append(String.format(Locale.ROOT, "  feeds:  %d (the site's and %d tags'); sitemap: %d URLs in %d file%s; news sitemap: %d articles%n",
                    p.feeds(), p.feeds() - 1, p.sitemapUrls(), p.sitemapFiles(), p.sitemapFiles() == 1 ? "" : "s", p.newsArticles()));
        }
        if (r.drafts() > 0) s.append(String.format(Locale.ROOT, "  drafts: %d left out (--drafts publishes them)%n", r.drafts()));
        if (r.duplicates() > 0) s.append(String.format(Locale.ROOT, "  duplicates: %d files identical to another file (each kept its own page)%n", r.duplicates()));
        if (r.embargoed() > 0) s.append(String.format(Locale.ROOT, "  embargoed: %d dated after the build time, left out (--future publishes them)%n", r.embargoed()));
        return s.toString();
    }

    private static String seconds(Duration d) {
        return String.format(Locale.ROOT, "%.2f s", d.toNanos() / 1e9);
    }

    private static String megabytes(long bytes) {
        return String.format(Locale.ROOT, "%.1f MB", bytes / 1e6);
    }
}
