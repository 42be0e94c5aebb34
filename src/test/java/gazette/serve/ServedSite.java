package gazette.serve;

import static org.assertj.core.api.Assertions.assertThat;

import gazette.pipeline.BuildOptions;
import gazette.testing.Fixture;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

/** A fixture archive served by a real {@link LiveServer} on a free loopback port, and ways to talk to it. */
final class ServedSite implements AutoCloseable {
    static final Duration WAIT = Duration.ofSeconds(20);

    final Fixture fixture;
    final LiveServer server;
    final StringWriter out = new StringWriter();
    final StringWriter err = new StringWriter();
    final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(5)).build();
    private final List<Events> streams = new ArrayList<>();

    private ServedSite(Fixture fixture, ServeOptions options) throws Exception {
        this.fixture = fixture;
        this.server = new LiveServer(options, new PrintWriter(out, true), new PrintWriter(err, true));
        server.start();
    }

    static BuildOptions buildOptions(Fixture f, String baseUrl) {
        return new BuildOptions(f.content, f.root.resolve("templates"), f.out, f.root.resolve("gazette.yaml"), baseUrl, false, false);
    }

    /** Serves the fixture at "/" on a free port. */
    static ServedSite start(Fixture f) throws Exception {
        return start(f, "/", "/", ServeOptions.IDLE_TIMEOUT);
    }

    static ServedSite start(Fixture f, String baseUrl, String basePath, Duration idleTimeout) throws Exception {
        return new ServedSite(f, new ServeOptions(buildOptions(f, baseUrl), ServeOptions.LOOPBACK, 0, basePath, idleTimeout, Duration.ofMillis(50),
                java.util.Set.of()));
    }

    /** Serves the fixture at "/" on a free port, answering these host names too. */
    static ServedSite allowing(Fixture f, String... hosts) throws Exception {
        return new ServedSite(f, new ServeOptions(buildOptions(f, "/"), ServeOptions.LOOPBACK, 0, "/", ServeOptions.IDLE_TIMEOUT, Duration.ofMillis(50),
                java.util.Set.of(hosts)));
    }

    URI uri(String path) {
        URI base = server.url();
        return URI.create("http://" + base.getHost() + ":" + base.getPort() + path);
    }

    HttpResponse<String> get(String path, String... headers) {
        return send(HttpRequest.newBuilder(uri(path)).GET(), headers);
    }

    HttpResponse<String> head(String path, String... headers) {
        return send(HttpRequest.newBuilder(uri(path)).method("HEAD", HttpRequest.BodyPublishers.noBody()), headers);
    }

    private HttpResponse<String> send(HttpRequest.Builder b, String... headers) {
        if (headers.length > 0) b.headers(headers);
        try {
            return http.send(b.timeout(Duration.ofSeconds(10)).build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * Sends raw bytes on a fresh connection and returns all the server says until it closes the
     * connection (or a few seconds pass): for requests an HTTP client would refuse to send.
     */
    String raw(String request) throws IOException {
        try (Socket s = new Socket()) {
            s.connect(new InetSocketAddress("127.0.0.1", server.url().getPort()), 5000);
            s.setSoTimeout(5000);
            OutputStream o = s.getOutputStream();
            o.write(request.getBytes(StandardCharsets.ISO_8859_1));
            o.flush();
            return new String(s.getInputStream().readAllBytes(), StandardCharsets.ISO_8859_1);
        }
    }

    /** Opens the live-reload event stream and waits for its greeting. */
    Events events() throws Exception {
        Events e = new Events(http.send(HttpRequest.newBuilder(uri(LivePage.EVENTS)).GET().build(), HttpResponse.BodyHandlers.ofInputStream()), server);
        streams.add(e);
        e.greeting = e.next();
        assertThat(e.greeting.name()).isEqualTo("hello");
        return e;
    }

    record Event(String name, String data) {}

    /** A server-sent event stream, read on its own thread, one event at a time with a time limit. */
    static final class Events implements AutoCloseable {
        final HttpResponse<InputStream> response;
        private final BlockingQueue<Event> queue = new LinkedBlockingQueue<>();
        private final Thread reader;
        private final LiveServer server;
        private Event greeting;

        Events(HttpResponse<InputStream> response, LiveServer server) {
            this.response = response;
            this.server = server;
            this.reader = new Thread(this::read, "sse-reader");
            reader.setDaemon(true);
            reader.start();
        }

        private void read() {
            try (BufferedReader r = new BufferedReader(new InputStreamReader(response.body(), StandardCharsets.UTF_8))) {
                String name = "message";
                StringBuilder data = null;
                for (String line; (line = r.readLine()) != null; ) {
                    if (line.isEmpty()) {
                        if (data != null) queue.add(new Event(name, data.toString()));
                        name = "message";
                        data = null;
                    } else if (line.startsWith("event: ")) {
                        name = line.substring(7);
                    } else if (line.startsWith("data: ")) {
                        data = data == null ? new StringBuilder() : data.append('\n');
                        data.append(line.substring(6));
                    }
                }
                queue.add(new Event("closed", ""));
            } catch (IOException e) {
                queue.add(new Event("closed", e.toString()));
            }
        }

        /** The next event; fails the test if none comes in time. */
        Event next() throws InterruptedException {
            return next(WAIT);
        }

        /** The {@code hello} the stream opened with. */
        Event greeting() {
            return greeting;
        }

        /**
         * The next rebuild's event, once the rebuild is done. A rebuild that changed pages and the
         * search index sends a reload for each (the pages first): this is the last, of the version
         * the server serves now.
         */
        Event rebuilt() throws InterruptedException {
            return rebuilt(next());
        }

        /** {@link #rebuilt()} when its first event, {@code e}, is already taken. */
        Event rebuilt(Event e) throws InterruptedException {
            if (!e.name().equals("reload")) return e;
            await(server::rebuilding, busy -> !busy, "the rebuild to end");
            String version = "{\"version\":\"" + server.state().version() + "\"";
            while (!e.data().startsWith(version)) {
                e = next();
                assertThat(e.name()).isEqualTo("reload");
            }
            return e;
        }

        Event next(Duration wait) throws InterruptedException {
            Event e = queue.poll(wait.toMillis(), TimeUnit.MILLISECONDS);
            assertThat(e).as("an event within " + wait).isNotNull();
            return e;
        }

        @Override
        public void close() throws IOException {
            response.body().close();
        }
    }

    /** Polls until the value passes the check, at most {@link #WAIT}; returns the last value seen. */
    static <T> T await(Supplier<T> value, java.util.function.Predicate<T> check, String what) throws InterruptedException {
        long end = System.nanoTime() + WAIT.toNanos();
        T v = value.get();
        while (!check.test(v)) {
            if (System.nanoTime() > end) throw new AssertionError("gave up waiting for " + what + "; last seen: " + v);
            Thread.sleep(20);
            v = value.get();
        }
        return v;
    }

    Path site() {
        return fixture.out;
    }

    @Override
    public void close() throws IOException {
        for (Events e : streams) e.close();
        server.stop();
    }
}
