package gazette.write;

import gazette.index.Archive;
import gazette.index.Links;
import gazette.index.Redirects;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * The redirects of articles' old addresses as hosts read them, beside the pages that do the same
 * in the browser: {@code _redirects} (Netlify's and Cloudflare Pages' format, a 301 each) and
 * {@code nginx-redirects.map} (lines for an nginx {@code map}; README, "Publishing"). Written only
 * when the site has redirects.
 */
public final class RedirectFiles {
    public static final String NETLIFY = "_redirects";
    public static final String NGINX = "nginx-redirects.map";

    private RedirectFiles() {}

    /** Writes both files; returns how many redirects they hold. */
    public static int write(List<Redirects.Redirect> redirects, Archive archive, Links links, FileSink out) throws IOException {
        if (redirects.isEmpty()) return 0;
        StringBuilder netlify = new StringBuilder();
        StringBuilder nginx = new StringBuilder("# map $uri $gazette_moved { include ").append(NGINX).append("; }  then: if ($gazette_moved) { return 301 $gazette_moved; }\n");
        for (Redirects.Redirect r : redirects) {
            String from = links.link(r.from());
            String to = links.link(archive.path(r.article()));
            // an address with a space or a quote would break either file's syntax: the page at that address still redirects
            if (!plain(from) || !plain(to)) continue;
            netlify.append(from).append(' ').append(to).append(" 301\n");
            // nginx matches $uri as it decodes it: the address as written, not percent-encoded
            String raw = links.root() + r.from();
            if (plain(raw)) nginx.append(raw).append(' ').append(to).append(";\n");
        }
        out.file(NETLIFY, netlify.toString().getBytes(StandardCharsets.UTF_8));
        out.file(NGINX, nginx.toString().getBytes(StandardCharsets.UTF_8));
        return redirects.size();
    }

    private static boolean plain(String link) {
        for (int i = 0; i < link.length(); i++) {
            char c = link.charAt(i);
            if (c <= ' ' || c == '"' || c == '\'' || c == ';' || c == '{' || c == '}' || c == '#') return false;
        }
        return true;
    }
}
