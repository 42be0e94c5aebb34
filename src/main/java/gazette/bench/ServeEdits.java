package gazette.bench;

import gazette.pipeline.BuildOptions;
import gazette.read.Slugs;
import gazette.serve.LivePage;
import gazette.serve.LiveServer;
import gazette.serve.ServeOptions;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The editor's loop inside {@code gazette serve}: the time from saving an article to the server's
 * answer for its page holding the change, measured as the reader's browser sees it: the page's
 * live-reload stream says {@code reload}, and the page is asked for again over HTTP. Over a number
 * of saves. (Asking for the page every few milliseconds instead would take a core from the build
 * it is waiting for.)
 */
final class ServeEdits {
    private static final Pattern TITLE = Pattern.compile("(?m)^title: \"?(.*?)\"?$");
    private static final Pattern DATE = Pattern.compile("(?m)^date: (\\d{4})-(\\d{2})-(\\d{2})");
    /** Long enough for a whole build of a large archive. */
    private static final long GIVE_UP = 600_000_000_000L;
    /** Put after the last event, when the live-reload stream ends. */
    private static final String ENDED = new String("ended");

    /** What the saves took, in seconds, in the order made. */
    record Result(double[] seconds) {
        double median() {
            double[] s = seconds.clone();
            Arrays.sort(s);
            return s.length % 2 == 1 ? s[s.length / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
        }

        double worst() {
            return Arrays.stream(seconds).max().orElse(0);
        }
    }

    private ServeEdits() {}

    /**
     * The address of the article's page, under the site's root: its day, then its title's slug, as
     * the default permalinks make it; null when its front matter says neither plainly.
     */
    static String pageOf(String text) {
        Matcher title = TITLE.matcher(text);
        Matcher date = DATE.matcher(text);
        if (!title.find() || !date.find()) return null;
        return date.group(1) + "/" + date.group(2) + "/" + date.group(3) + "/" + Slugs.slugify(title.group(1), "article") + "/";
    }

    /**
     * Serves the built site, saves the article {@code edits} times and times each save until its
     * page is served changed; null when the server has no page at that address (the article's
     * page is elsewhere), before any save. The article is put back as it was at the end, and if
     * the process is stopped meanwhile.
     */
    static Result measure(BuildOptions build, Path article, String page, int edits) throws Exception {
        String original = Files.readString(article, StandardCharsets.UTF_8);
        StringWriter log = new StringWriter();
        LiveServer server = new LiveServer(new ServeOptions(build, ServeOptions.LOOPBACK, 0, "/"), new PrintWriter(log, true), new PrintWriter(log, true));
        server.start();
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
        URI address = server.url().resolve(page);
        if (http.send(HttpRequest.newBuilder(address).build(), HttpResponse.BodyHandlers.discarding()).statusCode() != 200) {
            server.stop();
            return null;
        }
        Thread putBack = puttingBack(article, original);
        Runtime.getRuntime().addShutdownHook(putBack);
        double[] seconds = new double[edits];
        BlockingQueue<String> reloads = new LinkedBlockingQueue<>();
        CountDownLatch connected = new CountDownLatch(1);
        CompletableFuture<HttpResponse<Stream<String>>> events = http.sendAsync(HttpRequest.newBuilder(server.url().resolve(LivePage.EVENTS)).build(),
                HttpResponse.BodyHandlers.ofLines());
        Thread listener = new Thread(() -> {
            String[] last = {""};
            try {
                events.join().body().forEach(line -> {
                    if (line.equals("event: hello")) connected.countDown();
                    if (line.equals("event: reload")) reloads.add(line);
                    // a failed rebuild: its problems, on the data lines after the event
                    if (last[0].startsWith("event: build-error") && line.startsWith("data: ")) reloads.add("build-error " + line.substring(6));
                    if (!line.startsWith("data: ")) last[0] = line;
                });
            } catch (RuntimeException closed) {
                // the server stopped
            } finally {
                reloads.add(ENDED);
            }
        }, "bench-live-events");
        listener.setDaemon(true);
        listener.start();
        try {
            // the server greets a new stream: from then on no reload is missed
            if (!connected.await(60, TimeUnit.SECONDS)) throw new IOException("the live-reload stream did not open");
            for (int i = 0; i < edits; i++) {
                // each save finds the server idle, as an editor's does who looked at the page first: the
                // last rebuild's work after its reload (saving its state) is not counted in this one
                long idleBy = System.nanoTime() + GIVE_UP;
                while (server.rebuilding() && System.nanoTime() < idleBy) Thread.sleep(5);
                String marker = "serve-edit-" + i + "-" + System.nanoTime();
                reloads.clear();
                Files.writeString(article, original + "\n" + marker + "\n", StandardCharsets.UTF_8);
                long saved = System.nanoTime();
                do {
                    // a reload of an earlier build comes before this one's: the page is asked for after each
                    long left = GIVE_UP - (System.nanoTime() - saved);
                    String event = left <= 0 ? null : reloads.poll(left, TimeUnit.NANOSECONDS);
                    if (event == null) throw new IOException("the page " + page + " did not change within 10 minutes of a save");
                    if (event == ENDED) throw new IOException("the server's live-reload stream ended");
                    if (event.startsWith("build-error ")) throw new IOException("the rebuild after a save failed: " + event.substring(12));
                } while (!served(http, address, marker));
                seconds[i] = (System.nanoTime() - saved) / 1e9;
            }
        } finally {
            Files.writeString(article, original, StandardCharsets.UTF_8);
            Runtime.getRuntime().removeShutdownHook(putBack);
            server.stop();
        }
        return new Result(seconds);
    }

    /** A shutdown hook that writes the article back as {@code original}: the bench's edits do not outlive a Ctrl-C. */
    static Thread puttingBack(Path article, String original) {
        return new Thread(() -> {
            try {
                Files.writeString(article, original, StandardCharsets.UTF_8);
            } catch (IOException e) {
                System.err.println("could not put " + article + " back as it was: " + e.getMessage());
            }
        });
    }

    private static boolean served(HttpClient http, URI address, String marker) throws IOException, InterruptedException {
        HttpResponse<String> r = http.send(HttpRequest.newBuilder(address).build(), HttpResponse.BodyHandlers.ofString());
        return r.statusCode() == 200 && r.body().contains(marker);
    }
}
