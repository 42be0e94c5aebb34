package gazette.serve;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Set;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.http.HttpMethod;
import org.eclipse.jetty.http.HttpStatus;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;

/**
 * The first look at every request. A page on another site can reach the preview through DNS
 * rebinding (its own name, made to resolve to 127.0.0.1), and would then read drafts and the
 * error overlay: such a request carries that name in {@code Host}, so only loopback names, IP
 * addresses (which no rebinding can present) and the names the user allows are answered. And
 * only {@code GET} and {@code HEAD}: this server serves files.
 */
final class RequestGate extends Handler.Abstract.NonBlocking {
    private final Set<String> allowedNames;

    /** @param allowedNames host names answered besides loopback names and addresses, in lower case */
    RequestGate(Set<String> allowedNames) {
        this.allowedNames = allowedNames;
    }

    @Override
    public boolean handle(Request request, Response response, Callback callback) {
        String method = request.getMethod();
        if (!HttpMethod.GET.is(method) && !HttpMethod.HEAD.is(method)) {
            response.getHeaders().put(HttpHeader.ALLOW, "GET, HEAD");
            Response.writeError(request, response, callback, HttpStatus.METHOD_NOT_ALLOWED_405);
            return true;
        }
        String host = request.getHttpURI().getHost();
        if (host == null || allowed(host.toLowerCase(Locale.ROOT))) return false;
        response.setStatus(HttpStatus.FORBIDDEN_403);
        response.getHeaders().put(HttpHeader.CONTENT_TYPE, "text/plain;charset=utf-8");
        String text = "This preview answers only to localhost and IP addresses, not to \"" + host.replaceAll("[^\\x21-\\x7e]", "?")
                + "\".\nTo open it under that name, start gazette serve with --allow-host " + host.replaceAll("[^\\x21-\\x7e]", "?") + "\n";
        response.write(true, ByteBuffer.wrap(text.getBytes(StandardCharsets.UTF_8)), callback);
        return true;
    }

    boolean allowed(String host) {
        if (host.equals("localhost") || host.endsWith(".localhost") || allowedNames.contains(host)) return true;
        return isAddress(host);
    }

    /** An IPv4 dotted quad or a bracketed IPv6 address: a literal address, never a name. */
    static boolean isAddress(String host) {
        if (host.startsWith("[") && host.endsWith("]")) return host.length() > 2 && host.substring(1, host.length() - 1).matches("[0-9a-f:.%]+");
        String[] parts = host.split("\\.", -1);
        if (parts.length != 4) return false;
        for (String p : parts) {
            if (!p.matches("[0-9]{1,3}") || Integer.parseInt(p) > 255) return false;
        }
        return true;
    }
}
