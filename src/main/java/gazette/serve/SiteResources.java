package gazette.serve;

import java.util.function.Supplier;
import org.eclipse.jetty.http.HttpStatus;
import org.eclipse.jetty.http.content.HttpContent;
import org.eclipse.jetty.http.content.ResourceHttpContentFactory;
import org.eclipse.jetty.io.ByteBufferPool;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.ResourceService;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.handler.ResourceHandler;
import org.eclipse.jetty.util.Callback;

/**
 * Jetty's static file handler over the output folder, with two changes. Content is read afresh
 * for every request, never cached: a rebuild replaces the whole folder, and a cache would serve
 * the old site for a while. And HTML passes through {@link LiveHtmlContent} to get the
 * live-reload script. A folder without an index is a miss, like any other.
 */
final class SiteResources extends ResourceHandler {
    private final Supplier<BuildState> state;
    private final NotFound notFound;

    SiteResources(Supplier<BuildState> state, NotFound notFound) {
        this.state = state;
        this.notFound = notFound;
        setDirAllowed(false);
        setWelcomeFiles("index.html");
        setWelcomeMode(ResourceService.WelcomeMode.SERVE);
        setEtags(true);
        // Revalidate every time: a page changes whenever the site is rebuilt.
        setCacheControl("no-cache");
    }

    @Override
    protected HttpContent.Factory newHttpContentFactory(ByteBufferPool.Sized pool) {
        HttpContent.Factory files = new ResourceHttpContentFactory(getBaseResource(), getMimeTypes(), pool);
        // the path is the context's, decoded, the welcome file added: the site's file, with a slash before it
        return path -> LiveHtmlContent.of(files.getContent(path), state.get(), path.startsWith("/") ? path.substring(1) : path);
    }

    @Override
    protected ResourceService newResourceService() {
        return new ResourceService() {
            @Override
            protected void writeHttpError(Request request, Response response, Callback callback, int status) {
                // 403 is Jetty's answer for a folder it may not list: to a reader it is a missing page.
                if (status == HttpStatus.NOT_FOUND_404 || status == HttpStatus.FORBIDDEN_403) {
                    try {
                        notFound.handle(request, response, callback);
                    } catch (Exception e) {
                        callback.failed(e);
                    }
                } else {
                    super.writeHttpError(request, response, callback, status);
                }
            }
        };
    }
}
