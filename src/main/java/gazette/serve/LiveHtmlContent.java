package gazette.serve;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Set;
import org.eclipse.jetty.http.CompressedContentFormat;
import org.eclipse.jetty.http.DateGenerator;
import org.eclipse.jetty.http.HttpField;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.http.content.HttpContent;
import org.eclipse.jetty.io.Content;
import org.eclipse.jetty.util.Callback;

/**
 * An HTML file as served: its bytes with the live-reload script added. Length, ETag and
 * Last-Modified describe these bytes, not the file, so Jetty's HEAD, range and conditional-GET
 * handling stay right: the ETag changes with the script, and Last-Modified is never older than
 * the build state the script reports, or a browser could keep a page whose overlay is stale.
 */
final class LiveHtmlContent extends HttpContent.Wrapper {
    private final byte[] bytes;
    private final HttpField etag;
    private final Instant lastModified;

    private LiveHtmlContent(HttpContent file, byte[] bytes, Instant lastModified) {
        super(file);
        this.bytes = bytes;
        this.etag = new HttpField(HttpHeader.ETAG, '"' + digest(bytes) + '"');
        this.lastModified = lastModified;
    }

    /** Wraps HTML content, the site's file {@code file}; anything else is returned as it is. */
    static HttpContent of(HttpContent content, BuildState state, String file) throws IOException {
        if (content == null || !isHtml(content) || content.getResource() == null || content.getResource().isDirectory()) return content;
        byte[] bytes;
        try (InputStream in = content.getResource().newInputStream()) {
            bytes = in.readAllBytes();
        }
        Instant modified = content.getLastModifiedInstant();
        if (modified == null || modified.isBefore(state.since())) modified = state.since();
        return new LiveHtmlContent(content, LivePage.inject(bytes, state, file), modified);
    }

    static boolean isHtml(HttpContent content) {
        String type = content.getContentTypeValue();
        return type != null && type.regionMatches(true, 0, "text/html", 0, 9);
    }

    @Override
    public HttpField getContentLength() {
        return new HttpField.LongValueHttpField(HttpHeader.CONTENT_LENGTH, bytes.length);
    }

    @Override
    public long getContentLengthValue() {
        return bytes.length;
    }

    @Override
    public HttpField getETag() {
        return etag;
    }

    @Override
    public String getETagValue() {
        return etag.getValue();
    }

    @Override
    public Instant getLastModifiedInstant() {
        return lastModified;
    }

    @Override
    public HttpField getLastModified() {
        return new HttpField(HttpHeader.LAST_MODIFIED, DateGenerator.formatDate(lastModified));
    }

    @Override
    public HttpField getContentEncoding() {
        return null;
    }

    /** No gzip twins: they would be the file without the script. */
    @Override
    public Set<CompressedContentFormat> getPreCompressedContentFormats() {
        return Set.of();
    }

    @Override
    public void writeTo(Content.Sink sink, long offset, long length, Callback callback) {
        if (offset < 0 || offset > bytes.length) {
            callback.failed(new IllegalArgumentException("offset " + offset + " outside " + bytes.length + " bytes"));
            return;
        }
        int count = (int) (length < 0 ? bytes.length - offset : Math.min(length, bytes.length - offset));
        sink.write(true, ByteBuffer.wrap(bytes, (int) offset, count), callback);
    }

    private static String digest(byte[] bytes) {
        try {
            byte[] d = MessageDigest.getInstance("SHA-256").digest(bytes);
            return HexFormat.of().formatHex(d, 0, 12);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
