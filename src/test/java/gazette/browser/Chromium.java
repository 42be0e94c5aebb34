package gazette.browser;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.File;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;

/**
 * Debian's headless Chromium, driven over the DevTools protocol on a WebSocket: no WebDriver, no
 * browser download. One browser, one tab; {@link #close} ends the process and removes its profile.
 */
public final class Chromium implements AutoCloseable {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Duration START = Duration.ofSeconds(30);
    private static final Duration CALL = Duration.ofSeconds(30);

    private final Process process;
    private final Path profile;
    private final WebSocket socket;
    private final Map<Integer, CompletableFuture<JsonNode>> pending = new ConcurrentHashMap<>();
    private final AtomicInteger ids = new AtomicInteger();
    private final String session;

    /** The browser's executable, or null when this machine has none (the browser tests are then skipped). */
    public static String executable() {
        String given = System.getenv("CHROMIUM");
        if (given != null && new File(given).canExecute()) return given;
        for (String name : List.of("chromium", "chromium-browser")) {
            for (String dir : System.getenv().getOrDefault("PATH", "/usr/bin").split(File.pathSeparator)) {
                File f = new File(dir, name);
                if (f.canExecute()) return f.getPath();
            }
        }
        return null;
    }

    public static Chromium start() throws IOException, InterruptedException {
        String exe = executable();
        if (exe == null) throw new IllegalStateException("no chromium on this machine");
        Path profile = Files.createTempDirectory("gazette-chromium-");
        List<String> command = new ArrayList<>(List.of(exe, "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync", "--disable-extensions",
                "--disable-default-apps", "--hide-scrollbars", "--mute-audio", "--remote-debugging-port=0",
                "--user-data-dir=" + profile, "about:blank"));
        Process p = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(profile.resolve("chromium.log").toFile()).start();
        try {
            // Chromium writes the port it chose, and the browser's WebSocket path, into its profile
            Path portFile = profile.resolve("DevToolsActivePort");
            long deadline = System.nanoTime() + START.toNanos();
            List<String> lines = List.of();
            while (System.nanoTime() < deadline) {
                if (!p.isAlive()) throw new IOException("chromium exited at start: " + Files.readString(profile.resolve("chromium.log")));
                if (Files.isRegularFile(portFile)) {
                    lines = Files.readAllLines(portFile);
                    if (lines.size() >= 2) break;
                }
                Thread.sleep(50);
            }
            if (lines.size() < 2) throw new IOException("chromium did not open its DevTools port in " + START.toSeconds() + " s");
            URI browser = URI.create("ws://127.0.0.1:" + lines.get(0).strip() + lines.get(1).strip());
            return new Chromium(p, profile, browser);
        } catch (IOException | InterruptedException | RuntimeException e) {
            p.destroyForcibly();
            deleteTree(profile);
            throw e;
        }
    }

    private Chromium(Process process, Path profile, URI browser) throws IOException, InterruptedException {
        this.process = process;
        this.profile = profile;
        try {
            this.socket = HttpClient.newHttpClient().newWebSocketBuilder().connectTimeout(Duration.ofSeconds(10))
                    .buildAsync(browser, new Listener()).get(START.toSeconds(), TimeUnit.SECONDS);
        } catch (ExecutionException | TimeoutException e) {
            throw new IOException("cannot connect to chromium at " + browser + ": " + e, e);
        }
        String target = call(null, "Target.createTarget", Map.of("url", "about:blank")).get("targetId").asText();
        // one flat session for the tab: its commands go over the browser's socket with a sessionId
        this.session = call(null, "Target.attachToTarget", Map.of("targetId", target, "flatten", true)).get("sessionId").asText();
        send("Page.enable", Map.of());
        send("Runtime.enable", Map.of());
    }

    /** Sends a command to the tab and waits for its result. */
    public JsonNode send(String method, Map<String, ?> params) throws IOException, InterruptedException {
        return call(session, method, params);
    }

    private JsonNode call(String sessionId, String method, Map<String, ?> params) throws IOException, InterruptedException {
        int id = ids.incrementAndGet();
        ObjectNode msg = JSON.createObjectNode();
        msg.put("id", id);
        msg.put("method", method);
        msg.set("params", JSON.valueToTree(params));
        if (sessionId != null) msg.put("sessionId", sessionId);
        CompletableFuture<JsonNode> reply = new CompletableFuture<>();
        pending.put(id, reply);
        synchronized (socket) {
            socket.sendText(JSON.writeValueAsString(msg), true).join();
        }
        JsonNode r;
        try {
            r = reply.get(CALL.toSeconds(), TimeUnit.SECONDS);
        } catch (ExecutionException e) {
            throw new IOException(method + ": " + e.getCause(), e.getCause());
        } catch (TimeoutException e) {
            throw new IOException(method + ": no answer in " + CALL.toSeconds() + " s");
        } finally {
            pending.remove(id);
        }
        if (r.has("error")) throw new IOException(method + ": " + r.get("error"));
        return r.get("result");
    }

    /** Opens {@code url} and waits until the page and its deferred scripts have run. */
    public void open(String url) throws IOException, InterruptedException {
        // the old document is marked, so that its own "complete" is not taken for the new one's
        eval("window.__gazetteOld = true");
        JsonNode r = send("Page.navigate", Map.of("url", url));
        if (r.has("errorText")) throw new IOException(url + ": " + r.get("errorText").asText());
        waitFor("!window.__gazetteOld && document.readyState === 'complete'", Duration.ofSeconds(20));
    }

    /** Evaluates a JavaScript expression in the page (awaiting it when it is a promise) and returns its value as JSON. */
    public JsonNode eval(String expression) throws IOException, InterruptedException {
        JsonNode r = send("Runtime.evaluate", Map.of("expression", expression, "returnByValue", true, "awaitPromise", true));
        if (r.has("exceptionDetails")) throw new IOException("in the page: " + r.get("exceptionDetails").path("exception").path("description").asText(r.get("exceptionDetails").toString()));
        return r.path("result").path("value");
    }

    public String text(String expression) throws IOException, InterruptedException {
        return eval(expression).asText();
    }

    /** Polls until the expression is true in the page. */
    public void waitFor(String expression, Duration timeout) throws IOException, InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (true) {
            JsonNode v;
            try {
                v = eval("!!(" + expression + ")");
            } catch (IOException e) {
                v = null; // a navigation destroyed the context: try again
            }
            if (v != null && v.asBoolean()) return;
            if (System.nanoTime() > deadline) throw new IOException("timed out waiting for: " + expression + " at " + eval("location.href").asText());
            Thread.sleep(25);
        }
    }

    /** The viewport width (CSS pixels) and the colour scheme the page sees. */
    public void viewport(int width, int height, boolean dark) throws IOException, InterruptedException {
        send("Emulation.setDeviceMetricsOverride", Map.of("width", width, "height", height, "deviceScaleFactor", 1, "mobile", width < 600));
        send("Emulation.setEmulatedMedia", Map.of("features", List.of(Map.of("name", "prefers-color-scheme", "value", dark ? "dark" : "light"))));
    }

    /** A PNG of the whole page, however long, at the current viewport width. */
    public byte[] screenshot() throws IOException, InterruptedException {
        JsonNode r = send("Page.captureScreenshot", Map.of("format", "png", "captureBeyondViewport", true, "fromSurface", true));
        return Base64.getDecoder().decode(r.get("data").asText());
    }

    @Override
    public void close() {
        try {
            socket.sendClose(WebSocket.NORMAL_CLOSURE, "").get(2, TimeUnit.SECONDS);
        } catch (Exception ignored) {
            // the process goes anyway
        }
        process.destroy();
        try {
            if (!process.waitFor(5, TimeUnit.SECONDS)) process.destroyForcibly().waitFor(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        // the browser's helper processes may still be writing into its profile as it goes: a file that
        // vanishes mid-walk is not an error, and a second pass takes what appeared meanwhile
        for (int pass = 0; pass < 3 && Files.exists(profile); pass++) {
            try {
                deleteTree(profile);
            } catch (IOException | java.io.UncheckedIOException ignored) {
                // a temporary folder; the OS cleans it eventually
            }
        }
    }

    private static void deleteTree(Path root) throws IOException {
        if (!Files.exists(root)) return;
        try (Stream<Path> s = Files.walk(root)) {
            for (Path p : s.sorted(java.util.Comparator.reverseOrder()).toList()) Files.deleteIfExists(p);
        }
    }

    /** Collects each message's parts, then hands replies to their waiting calls (events are not needed). */
    private final class Listener implements WebSocket.Listener {
        private final StringBuilder buffer = new StringBuilder();

        @Override
        public CompletionStage<?> onText(WebSocket ws, CharSequence data, boolean last) {
            buffer.append(data);
            if (last) {
                String text = buffer.toString();
                buffer.setLength(0);
                try {
                    JsonNode msg = JSON.readTree(text);
                    if (msg.has("id")) {
                        CompletableFuture<JsonNode> f = pending.get(msg.get("id").asInt());
                        if (f != null) f.complete(msg);
                    }
                } catch (IOException e) {
                    pending.values().forEach(f -> f.completeExceptionally(e));
                }
            }
            ws.request(1);
            return null;
        }

        @Override
        public void onError(WebSocket ws, Throwable error) {
            pending.values().forEach(f -> f.completeExceptionally(error));
        }
    }
}
