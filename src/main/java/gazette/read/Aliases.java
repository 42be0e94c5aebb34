package gazette.read;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * {@code aliases:} in front matter: addresses the article had that the build never saw (a move
 * from another system, a file renamed), each of which redirects to the article. Paths within the
 * site, as its own path is: {@code 2019/05/old-story/} or {@code /2019/05/old-story/}, or a file
 * such as {@code old/story.html}.
 */
public final class Aliases {
    public static final String KEY = "aliases";

    private Aliases() {}

    /** What is wrong with these aliases, or null when they are all paths within the site. */
    static String problem(List<String> aliases) {
        for (String a : aliases) {
            String p = a.startsWith("/") ? a.substring(1) : a;
            if (p.isEmpty() || a.contains("://") || a.startsWith("//")) return KEY + ": '" + a + "' is not a path within the site (write it as 2019/05/old-story/)";
            if (p.contains("\\") || p.contains("?") || p.contains("#") || p.chars().anyMatch(c -> c < 0x20 || c == 0x7f)) {
                return KEY + ": '" + a.replaceAll("[\\x00-\\x1f\\x7f]", "?") + "' has a character an address cannot have here (a query, a fragment, a backslash, a control character)";
            }
            if (p.contains("*") || p.contains(":") || p.contains(" ")) {
                return KEY + ": '" + a + "' has a character hosts' redirect files read as a pattern (*, :) or a space";
            }
            String last = p.substring(p.lastIndexOf('/') + 1);
            if (!p.endsWith("/") && last.contains(".") && !last.endsWith(".html") && !last.endsWith(".htm")) {
                return KEY + ": '" + a + "' names a file that is not a page (.html): only a folder or a page can send a browser on";
            }
            boolean plain = !p.contains("//");
            for (String seg : p.split("/")) plain &= !seg.equals("..") && !seg.equals(".");
            if (!plain) return KEY + ": '" + a + "' is not a plain path (no '..', '.' or '//')";
        }
        return null;
    }

    /** The article's aliases as site paths: no leading '/', a folder's with its trailing '/' (a name with a dot is a file). */
    public static List<String> of(Article a) {
        Object v = a.params().get(KEY);
        List<String> raw = new ArrayList<>();
        if (v instanceof List<?> l) for (Object o : l) if (o != null && !(o instanceof Map) && !(o instanceof List)) raw.add(String.valueOf(o).strip());
        if (v instanceof String s) raw.add(s.strip());
        if (raw.isEmpty() || problem(raw) != null) return List.of();
        List<String> out = new ArrayList<>(raw.size());
        for (String r : raw) {
            if (r.isEmpty()) continue;
            String p = r.startsWith("/") ? r.substring(1) : r;
            String last = p.substring(p.lastIndexOf('/') + 1);
            out.add(p.endsWith("/") || last.contains(".") ? p : p + "/");
        }
        return out;
    }
}
