package gazette.index;

import gazette.site.Settings;

/** Turns site-relative paths into the links pages print, so the site works under any sub-path. */
public final class Links {
    private final String root;
    private final String base;
    private final boolean absolute;

    public Links(Settings settings) {
        this.root = settings.rootPath();
        this.base = settings.baseUrl();
        this.absolute = !base.startsWith("/");
    }

    /** The link for a path relative to the site root: "/news/2024/" for "2024/". */
    public String link(String path) {
        return root + encode(path);
    }

    /** The page's own full address when the base URL is absolute, else its link. */
    public String canonical(String path) {
        return absolute ? base + encode(path) : root + encode(path);
    }

    /** Percent-encodes what is not plain ASCII, as UTF-8: a Japanese slug works on every server and in every feed reader. */
    static String encode(String path) {
        int i = 0;
        while (i < path.length() && path.charAt(i) < 0x80 && path.charAt(i) > ' ') i++;
        if (i == path.length()) return path;
        StringBuilder out = new StringBuilder(path.length() * 3);
        for (byte b : path.getBytes(java.nio.charset.StandardCharsets.UTF_8)) {
            int c = b & 0xff;
            if (c > ' ' && c < 0x7f && c != '%' && c != '"' && c != '<' && c != '>' && c != '#' && c != '?') out.append((char) c);
            else out.append('%').append(Character.toUpperCase(Character.forDigit(c >> 4, 16))).append(Character.toUpperCase(Character.forDigit(c & 15, 16)));
        }
        return out.toString();
    }

    public String root() {
        return root;
    }
}
