package gazette.browser;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.Executors;

/**
 * A built site served as any static host would serve it: files with their types, a folder by its
 * index.html, anything missing by 404.html, and a range of a file's bytes when asked for one
 * (RFC 9110: one range, {@code bytes=a-b}, {@code a-} or {@code -n}), unless told to ignore ranges
 * as some hosts do. The JDK's server, on the loopback address only.
 */
public final class StaticSite implements AutoCloseable {
    private static final Map<String, String> TYPES = Map.of(
            "html", "text/html; charset=utf-8", "css", "text/css; charset=utf-8", "js", "text/javascript; charset=utf-8",
            "json", "application/json", "xml", "application/xml", "txt", "text/plain; charset=utf-8", "png", "image/png",
            "svg", "image/svg+xml", "jpg", "image/jpeg", "webp", "image/webp");

    private static final java.util.regex.Pattern RANGE = java.util.regex.Pattern.compile("bytes=(\\d*)-(\\d*)");

    private final HttpServer server;
    private final Path site;
    private final boolean ranges;
    /** A file that comes late, as over a slow network: its address's end, and how late. */
    private volatile String slowFile = "";
    private volatile long slowMillis;

    public StaticSite(Path site) throws IOException {
        this(site, true);
    }

    /** @param ranges false: every request is sent the whole file, as a host that ignores ranges does */
    public StaticSite(Path site, boolean ranges) throws IOException {
        this.site = site.toAbsolutePath().normalize();
        this.ranges = ranges;
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.setExecutor(Executors.newFixedThreadPool(4));
        server.createContext("/", exchange -> {
            try (exchange) {
                respond(exchange);
            }
        });
        server.start();
    }

    /** The address of the site's root, ending in '/'. */
    public String root() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/";
    }

    /** Sends the file whose address ends so {@code millis} late (none when empty). */
    public void delay(String addressEnd, long millis) {
        slowFile = addressEnd;
        slowMillis = millis;
    }

    private void respond(HttpExchange ex) throws IOException {
        String raw = ex.getRequestURI().getRawPath();
        if (!slowFile.isEmpty() && raw.endsWith(slowFile)) {
            try {
                Thread.sleep(slowMillis);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        Path file = site.resolve(URLDecoder.decode(raw.substring(1), StandardCharsets.UTF_8)).normalize();
        if (!file.startsWith(site)) {
            send(ex, 403, "text/plain", "forbidden".getBytes(StandardCharsets.UTF_8));
            return;
        }
        if (Files.isDirectory(file)) {
            if (!raw.endsWith("/")) {
                ex.getResponseHeaders().add("Location", raw + "/");
                send(ex, 301, "text/plain", new byte[0]);
                return;
            }
            file = file.resolve("index.html");
        }
        if (Files.isRegularFile(file)) sendFile(ex, file);
        else send(ex, 404, TYPES.get("html"), Files.readAllBytes(site.resolve("404.html")));
    }

    private void sendFile(HttpExchange ex, Path file) throws IOException {
        byte[] bytes = Files.readAllBytes(file);
        String asked = ex.getRequestHeaders().getFirst("Range");
        java.util.regex.Matcher m = asked == null || !ranges ? null : RANGE.matcher(asked.trim());
        if (m == null || !m.matches() || m.group(1).isEmpty() && m.group(2).isEmpty()) {
            ex.getResponseHeaders().add("Accept-Ranges", ranges ? "bytes" : "none");
            send(ex, 200, type(file), bytes);
            return;
        }
        long n = bytes.length;
        long from = m.group(1).isEmpty() ? Math.max(0, n - Long.parseLong(m.group(2))) : Long.parseLong(m.group(1));
        long to = m.group(1).isEmpty() || m.group(2).isEmpty() ? n - 1 : Math.min(n - 1, Long.parseLong(m.group(2)));
        if (from >= n || to < from) {
            ex.getResponseHeaders().add("Content-Range", "bytes */" + n);
            send(ex, 416, "text/plain", new byte[0]);
            return;
        }
        ex.getResponseHeaders().add("Content-Range", "bytes " + from + "-" + to + "/" + n);
        send(ex, 206, type(file), java.util.Arrays.copyOfRange(bytes, (int) from, (int) to + 1));
    }

    private static String type(Path file) {
        String name = file.getFileName().toString();
        return TYPES.getOrDefault(name.substring(name.lastIndexOf('.') + 1), "application/octet-stream");
    }

    private static void send(HttpExchange ex, int status, String type, byte[] body) throws IOException {
        ex.getResponseHeaders().add("Content-Type", type);
        ex.sendResponseHeaders(status, body.length == 0 ? -1 : body.length);
        if (body.length > 0) {
            try (OutputStream out = ex.getResponseBody()) {
                out.write(body);
            }
        }
    }

    @Override
    public void close() {
        server.stop(0);
        ((java.util.concurrent.ExecutorService) server.getExecutor()).shutdownNow();
    }
}
