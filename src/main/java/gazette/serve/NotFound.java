package gazette.serve;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.function.Supplier;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.http.HttpMethod;
import org.eclipse.jetty.http.HttpStatus;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;

/**
 * The answer to every miss: the site's own {@code 404.html} with status 404, as a static host
 * would serve it, or a plain page when the site has none (the first build failed, say). Either
 * way it carries the live-reload script, so a broken build shows its overlay here too.
 */
final class NotFound extends Handler.Abstract {
    static final String PLAIN = """
            <!DOCTYPE html>
            <html lang="en">
            <head><meta charset="utf-8"><title>Not found</title></head>
            <body><h1>Not found</h1><p>There is nothing at this address.</p></body>
            </html>
            """;

    private final Path page;
    private final Supplier<BuildState> state;

    NotFound(Path site, Supplier<BuildState> state) {
        this.page = site.resolve("404.html");
        this.state = state;
    }

    @Override
    public boolean handle(Request request, Response response, Callback callback) throws IOException {
        boolean head = HttpMethod.HEAD.is(request.getMethod());
        if (!head && !HttpMethod.GET.is(request.getMethod())) {
            response.getHeaders().put(HttpHeader.ALLOW, "GET, HEAD");
            Response.writeError(request, response, callback, HttpStatus.METHOD_NOT_ALLOWED_405);
            return true;
        }
        byte[] body = LivePage.inject(read(), state.get(), null);
        response.setStatus(HttpStatus.NOT_FOUND_404);
        response.getHeaders().put(HttpHeader.CONTENT_TYPE, "text/html;charset=utf-8");
        response.getHeaders().put(HttpHeader.CACHE_CONTROL, "no-cache");
        response.getHeaders().put(HttpHeader.CONTENT_LENGTH, body.length);
        response.write(true, head ? null : ByteBuffer.wrap(body), callback);
        return true;
    }

    /** The site's page; never through a symbolic link, which could lead out of the site. */
    private byte[] read() throws IOException {
        try {
            if (Files.isRegularFile(page, LinkOption.NOFOLLOW_LINKS)) return Files.readAllBytes(page);
        } catch (NoSuchFileException gone) {
            // removed by a rebuild between the two calls: the plain page will do
        }
        return PLAIN.getBytes(StandardCharsets.UTF_8);
    }
}
