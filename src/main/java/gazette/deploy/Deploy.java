package gazette.deploy;

import gazette.pipeline.Progress;
import gazette.write.OutputLock;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * {@code gazette deploy}: puts the built site where it is served, sending only what changed, in
 * an order that never shows a broken link, then deleting what the site no longer has. Running it
 * again after an interruption finishes the job: the plan is made from what the target holds.
 */
public final class Deploy {
    /**
     * @param site     the built site
     * @param target   {@code s3://bucket/prefix} or {@code file:///path}
     * @param endpoint an S3-compatible service's address (null: AWS)
     * @param region   the bucket's region (null: the SDK's own lookup, or us-east-1 with an endpoint)
     * @param delete   delete what the site no longer has
     * @param dryRun   say what would be done, and do nothing
     * @param jobs     uploads at once
     * @param cacheControl the settings' {@code cache_control}: file pattern → header, the first match winning
     * @param all      upload every file, even those the target has with the same bytes: a listing gives no headers, so a
     *                 changed cache policy reaches unchanged files only this way
     * @param gzip     send text files compressed ({@link Gzip})
     */
    public record Options(Path site, String target, URI endpoint, String region, boolean delete, boolean dryRun, int jobs,
                          Map<String, String> cacheControl, boolean all, boolean gzip) {}

    /** What a deploy did (or, in a dry run, would do). */
    public record Report(String target, int uploaded, int unchanged, int deleted, long bytes, Duration took, boolean dryRun,
                         List<String> uploads, List<String> deletions) {}

    private Deploy() {}

    /** The target a command line names: {@code s3://bucket[/prefix]} or {@code file:///folder}. */
    static Target target(Options o) throws IOException {
        URI uri;
        try {
            uri = URI.create(o.target());
        } catch (IllegalArgumentException e) {
            throw new IOException("not a target: " + o.target() + " (s3://bucket/prefix or file:///folder)");
        }
        if ("s3".equals(uri.getScheme()) && uri.getHost() != null) {
            String prefix = uri.getPath() == null ? "" : uri.getPath().replaceFirst("^/", "");
            return new S3Target(uri.getHost(), prefix, o.endpoint(), o.region());
        }
        // file:///var/www/news: a host (file://var/…) would be dropped, and the path read from the wrong folder
        if ("file".equals(uri.getScheme()) && (uri.getHost() == null || uri.getHost().isEmpty()) && uri.getAuthority() == null
                && uri.getPath() != null && uri.getPath().startsWith("/")) {
            return new FolderTarget(Path.of(uri.getPath()), o.site(), o.dryRun());
        }
        throw new IOException("not a target: " + o.target() + " (s3://bucket/prefix or file:///folder)");
    }

    public static Report run(Options o, Progress progress) throws IOException {
        long start = System.nanoTime();
        // the site's own lock: a build publishing into it meanwhile is waited for, so no half-published site goes out
        try (OutputLock lock = OutputLock.acquire(o.site(), true, progress::notice)) {
            return run(o, progress, start);
        }
    }

    private static Report run(Options o, Progress progress, long start) throws IOException {
        try (Target target = target(o)) {
            List<SiteFile> site = LocalSite.scan(o.site(), o.gzip(), target instanceof FolderTarget);
            progress.stage("list", 0);
            DeployPlan plan = DeployPlan.of(site, target.list(), o.delete(), o.all());
            List<String> uploads = plan.uploads().stream().map(SiteFile::key).toList();
            if (!o.dryRun()) {
                progress.stage("upload", plan.uploads().size());
                upload(target, plan.uploads(), Math.max(1, o.jobs()), new ObjectHeaders(o.cacheControl()), progress);
                progress.stage("delete", plan.deletions().size());
                target.delete(plan.deletions());
            }
            return new Report(target.describe(), plan.uploads().size(), plan.unchanged(), plan.deletions().size(), plan.bytes(),
                    Duration.ofNanos(System.nanoTime() - start), o.dryRun(), uploads, plan.deletions());
        }
    }

    /** Kind after kind, each kind's files on {@code jobs} threads: the next kind starts when the last one is all there. */
    private static void upload(Target target, List<SiteFile> files, int jobs, ObjectHeaders headers, Progress progress) throws IOException {
        ExecutorService pool = Executors.newFixedThreadPool(jobs, r -> {
            Thread t = new Thread(r, "gazette-deploy");
            t.setDaemon(true);
            return t;
        });
        try {
            for (int from = 0; from < files.size(); ) {
                SiteFile.Kind kind = files.get(from).kind();
                int to = from;
                while (to < files.size() && files.get(to).kind() == kind) to++;
                List<Future<?>> running = new ArrayList<>();
                for (SiteFile f : files.subList(from, to)) {
                    running.add(pool.submit(() -> {
                        target.put(f, ObjectHeaders.contentType(f.key()), headers.cacheControl(f));
                        progress.advance();
                        return null;
                    }));
                }
                for (Future<?> r : running) {
                    try {
                        r.get();
                    } catch (ExecutionException e) {
                        for (Future<?> other : running) other.cancel(false);
                        if (e.getCause() instanceof IOException io) throw io;
                        throw new IOException(e.getCause().getMessage(), e.getCause());
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                        throw new IOException("deploy interrupted", e);
                    }
                }
                from = to;
            }
        } finally {
            pool.shutdownNow();
        }
    }
}
