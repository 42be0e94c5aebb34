package gazette.serve;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.http.HttpMethod;
import org.eclipse.jetty.http.HttpStatus;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;

/**
 * The server-sent event stream at {@link LivePage#EVENTS}: each open page holds one connection;
 * a rebuild sends {@code reload} to all of them, a failed build {@code build-error} with its
 * problems. A new connection is greeted with {@code hello} (the current version, and what the last
 * reload changed since the version before it: {@link LivePage#hello}) and, while the build is
 * broken, the problems.
 */
final class LiveEvents extends Handler.Abstract.NonBlocking {
    /** A client this far behind is not reading: it is dropped rather than buffered for. */
    private static final int MAX_QUEUED = 16;

    private final Supplier<BuildState> state;
    private final int maxStreams;
    /** Oldest first. */
    private final Set<Stream> streams = java.util.Collections.synchronizedSet(new java.util.LinkedHashSet<>());
    private final ScheduledExecutorService heartbeat = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "gazette-heartbeat");
        t.setDaemon(true);
        return t;
    });

    /** @param maxStreams streams open at once; one more ends the oldest */
    LiveEvents(Supplier<BuildState> state, Duration idleTimeout, int maxStreams) {
        this.state = state;
        this.maxStreams = maxStreams;
        // made after the first build: the next reload is from its version
        BuildState first = state.get();
        if (first != null && !first.broken()) reloaded = new Reloaded(null, first.version(), null);
        // A comment line now and then keeps the connection inside the idle timeout, and finds closed tabs.
        long every = Math.max(100, idleTimeout.toMillis() / 2);
        heartbeat.scheduleAtFixedRate(() -> broadcast(": \n\n"), every, every, TimeUnit.MILLISECONDS);
    }

    @Override
    public boolean handle(Request request, Response response, Callback callback) {
        if (!LivePage.EVENTS.equals(request.getHttpURI().getPath())) return false;
        if (!HttpMethod.GET.is(request.getMethod())) {
            response.getHeaders().put(HttpHeader.ALLOW, "GET");
            Response.writeError(request, response, callback, HttpStatus.METHOD_NOT_ALLOWED_405);
            return true;
        }
        Stream stream = new Stream(response, callback);
        Stream oldest = null;
        synchronized (streams) {
            // A closed tab's stream is noticed only when a write to it fails, so at the cap the
            // oldest stream gives way: a dead one is gone for good, a live tab reconnects within a
            // second and its greeting tells it whether it missed a rebuild.
            if (streams.size() >= maxStreams) oldest = streams.iterator().next();
            response.setStatus(HttpStatus.OK_200);
            response.getHeaders().put(HttpHeader.CONTENT_TYPE, "text/event-stream;charset=utf-8");
            response.getHeaders().put(HttpHeader.CACHE_CONTROL, "no-store");
            // a stream that ends closes its connection, so a stream given way frees its open file
            response.getHeaders().put(HttpHeader.CONNECTION, "close");
            streams.add(stream);
        }
        if (oldest != null) oldest.end();
        BuildState now = state.get();
        Reloaded last = reloaded;
        boolean step = last != null && !now.broken() && last.version().equals(now.version());
        String hello = LivePage.hello(now.version(), step ? last.since() : null, step ? last.files() : null);
        StringBuilder greeting = new StringBuilder("retry: 1000\n").append(LivePage.event("hello", hello));
        if (now.broken()) greeting.append(LivePage.event("build-error", now.problemText()));
        stream.send(greeting.toString());
        return true;
    }

    /**
     * Tells every open page about a new state: reload after a good build, with the files it
     * changed ({@code changed}, null: every page), the problems after a bad one.
     */
    void publish(BuildState s, List<String> changed) {
        Reloaded last = reloaded;
        // the greeting names what the last reload changed, from the version of the reload before it
        reloaded = s.broken() ? null : new Reloaded(last == null ? null : last.version(), s.version(), changed);
        broadcast(s.broken() ? LivePage.event("build-error", s.problemText()) : LivePage.event("reload", LivePage.reload(s.version(), changed)));
    }

    /** The last reload: from version {@code since} (null: unknown) to {@code version}, with the files it named. */
    private record Reloaded(String since, String version, List<String> files) {}

    private volatile Reloaded reloaded;

    int connections() {
        return streams.size();
    }

    private void broadcast(String message) {
        for (Stream s : snapshot()) s.send(message);
    }

    private Stream[] snapshot() {
        synchronized (streams) {
            return streams.toArray(Stream[]::new);
        }
    }

    /** Ends every stream, so stopping the server waits for none of them. */
    void close() {
        heartbeat.shutdownNow();
        for (Stream s : snapshot()) s.end();
    }

    /** One open page. Jetty allows one write at a time per response, so messages queue behind it. */
    private final class Stream {
        private final Response response;
        private final Callback done;
        private final ArrayDeque<ByteBuffer> queue = new ArrayDeque<>();
        private boolean writing;
        private boolean over;

        Stream(Response response, Callback done) {
            this.response = response;
            this.done = done;
        }

        synchronized void send(String message) {
            if (over) return;
            if (queue.size() >= MAX_QUEUED) {
                fail(new IllegalStateException("event stream client is not reading"));
                return;
            }
            queue.add(ByteBuffer.wrap(message.getBytes(StandardCharsets.UTF_8)));
            if (!writing) next();
        }

        private void next() {
            ByteBuffer b = queue.poll();
            writing = b != null;
            if (b != null) response.write(false, b, Callback.from(this::written, this::fail));
        }

        private synchronized void written() {
            writing = false;
            if (!over) next();
        }

        private synchronized void fail(Throwable x) {
            if (over) return;
            over = true;
            queue.clear();
            streams.remove(this);
            done.failed(x);
        }

        synchronized void end() {
            if (over) return;
            over = true;
            queue.clear();
            streams.remove(this);
            if (writing) done.failed(new IllegalStateException("server stopping"));
            else response.write(true, null, done);
        }
    }
}
