package gazette.cli;

import gazette.deploy.Deploy;
import gazette.pipeline.Progress;
import java.io.IOException;
import java.io.PrintWriter;
import java.net.URI;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "deploy", mixinStandardHelpOptions = true,
        description = {"Publishes the built site to a bucket or a folder, sending only what changed.",
                "What pages link to goes up first, then articles, then listings, feeds and sitemaps, then the front page;",
                "then what the site no longer has is deleted.",
                "Example: gazette deploy s3://news-archive/www --region eu-west-1"},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:deployed (or, with --dry-run, planned)", "1:the target could not be read or written (run again: it goes on from where it stopped)",
                "2:the command line is wrong"})
public final class DeployCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "TARGET", description = "s3://bucket/prefix (S3 or, with --endpoint, a service that speaks its API), or file:///folder (a web server's root)")
    String target;

    @Option(names = "--site", paramLabel = "DIR", defaultValue = "site", description = "the built site to deploy (default: ${DEFAULT-VALUE})")
    Path site;

    @Option(names = "--endpoint", paramLabel = "URL", description = "an S3-compatible service's address, such as https://<account>.r2.cloudflarestorage.com or http://127.0.0.1:9000 (default: AWS)")
    URI endpoint;

    @Option(names = "--region", paramLabel = "NAME", description = "the bucket's region (default: from AWS_REGION or ~/.aws/config; us-east-1 with --endpoint)")
    String region;

    @Option(names = "--no-delete", description = "keep what the target has that the site no longer has")
    boolean noDelete;

    @Option(names = "--dry-run", description = "print what would be uploaded and deleted, and change nothing")
    boolean dryRun;

    @Option(names = "--all", description = "upload every file, changed or not: after a change to cache_control, which a listing cannot show")
    boolean all;

    @Option(names = "--gzip", description = "send text files (HTML, CSS, scripts, JSON, XML, text) gzip-compressed: to S3 with Content-Encoding: gzip, to a folder as .gz files beside them for a server's gzip_static")
    boolean gzip;

    @Option(names = "--jobs", paramLabel = "N", defaultValue = "8", description = "uploads at once (default: ${DEFAULT-VALUE})")
    int jobs;

    @Option(names = "--config", paramLabel = "FILE", defaultValue = "gazette.yaml",
            description = "settings file whose cache_control patterns set the Cache-Control of the files they match (default: ${DEFAULT-VALUE}; missing: the defaults by kind)")
    Path config;

    @Override
    public Integer call() {
        if (jobs < 1 || jobs > 256) throw new ParameterException(spec.commandLine(), "--jobs must be from 1 to 256, not " + jobs);
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        Deploy.Options options;
        try {
            options = new Deploy.Options(site, target, endpoint, region, !noDelete, dryRun, jobs, gazette.site.SettingsFile.cacheControl(config), all, gzip);
        } catch (gazette.read.ContentException e) {
            err.println(e);
            return 1;
        }
        Progress progress = new Progress().onNotice(message -> {
            err.println(message);
            err.flush();
        });
        Deploy.Report r;
        try (ProgressDisplay display = new ProgressDisplay(progress, err, ProgressDisplay.isTerminal())) {
            r = Deploy.run(options, progress);
        } catch (IOException e) {
            err.println("error: " + Messages.describe(e));
            err.println("deploy stopped; run it again to go on");
            return 1;
        }
        if (r.dryRun()) {
            for (String k : r.uploads()) out.println("upload " + k);
            for (String k : r.deletions()) out.println("delete " + k);
            out.printf(Locale.ROOT, "Would deploy %s to %s: %d to upload (%.1f MB), %d unchanged, %d to delete (a dry run: nothing was changed)%n",
                    site, r.target(), r.uploaded(), r.bytes() / 1e6, r.unchanged(), r.deleted());
        } else {
            out.printf(Locale.ROOT, "Deployed %s to %s in %.2f s: %d uploaded (%.1f MB), %d unchanged, %d deleted%n",
                    site, r.target(), r.took().toNanos() / 1e9, r.uploaded(), r.bytes() / 1e6, r.unchanged(), r.deleted());
        }
        return 0;
    }
}
