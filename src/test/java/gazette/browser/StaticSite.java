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
 * index.html, anything missing by 404.html. The JDK's server, on the loopback address only.
 */
public final class StaticSite implements AutoCloseable {
    private static final Map<String, String> TYPES = Map.of(
            "html", "text/html; charset=utf-8", "css", "text/css; charset=utf-8", "js", "text/javascript; charset=utf-8",
            "json", "application/json", "xml", "application/xml", "txt", "text/plain; charset=utf-8", "png", "image/png",
            "svg", "image/svg+xml", "jpg", "image/jpeg", "webp", "image/webp");

    private final HttpServer server;
    private final Path site;

    public StaticSite(Path site) throws IOException {
        this.site = site.toAbsolutePath().normalize();
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

    private void respond(HttpExchange ex) throws IOException {
        String raw = ex.getRequestURI().getRawPath();
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
        if (Files.isRegularFile(file)) send(ex, 200, type(file), Files.readAllBytes(file));
        else send(ex, 404, TYPES.get("html"), Files.readAllBytes(site.resolve("404.html")));
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
