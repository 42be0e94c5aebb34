package gazette.serve;

import gazette.text.Json;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The live-reload script the server adds to every HTML response (never to the files on disk): it
 * listens to {@value #EVENTS}, reloads the page after a rebuild that changed it and shows an
 * overlay while the build is broken. A page served during a broken build carries the problems
 * with it, so the overlay is there at once.
 *
 * <p>A rebuild's {@code reload} event names the site files it changed ({@link #reload}), and a
 * page reloads when its own file is among them, or a file beside it that it may load (not a
 * page, a feed, a sitemap or robots.txt: the search page's index), or it shows the overlay, or it
 * is a miss (a page may now be there). A reader's other tabs keep their place. When the list would say little (the site
 * replaced whole, the theme's files changed, more than {@value #MOST_NAMED} files) every page
 * reloads.
 */
public final class LivePage {
    /** The event stream's path, at the server's root whatever the base path. */
    public static final String EVENTS = "/__gazette/events";
    /** Marks the script, so tests and people can find it. */
    public static final String MARKER = "data-gazette-live";
    /** A rebuild that changed more files than this reloads every page: the list would be long and say little. */
    static final int MOST_NAMED = 500;

    // "build-error", not "error": an EventSource fires its own "error" events when the connection drops.
    private static final String SCRIPT = """
            <script %s>
            (function () {
              var version = %s;
              var problems = %s;
              var file = %s; // this page's file in the site; null for a miss
              function adopt(v) { version = v; document.documentElement.setAttribute("data-gazette-version", v); }
              function overlay(text) {
                var box = document.getElementById("gazette-overlay");
                if (!box) {
                  box = document.createElement("pre");
                  box.id = "gazette-overlay";
                  box.setAttribute("role", "alert");
                  box.style.cssText = "position:fixed;inset:0;z-index:2147483647;margin:0;padding:2em;overflow:auto;"
                      + "background:rgba(40,0,0,.94);color:#fff;font:14px/1.5 monospace;white-space:pre-wrap";
                  document.body.appendChild(box);
                }
                box.textContent = "The build failed; this is the last good site. Fix the problem and save to reload.\\n\\n" + text;
              }
              adopt(version);
              if (problems) overlay(problems);
              if (!window.EventSource) return;
              var events = new EventSource("%s");
              events.addEventListener("hello", function (e) {
                var now = JSON.parse(e.data);
                if (now.version === version) return;
                // one step behind (a rebuild publishes its pages, then its search index): the greeting names what changed since
                if (now.since === version && !changed(now.files)) adopt(now.version);
                else location.reload();
              });
              function changed(files) {
                if (!files || file === null || document.getElementById("gazette-overlay")) return true;
                var folder = file.slice(0, file.lastIndexOf("/") + 1);
                for (var i = 0; i < files.length; i++) {
                  var f = files[i];
                  if (f === file) return true;
                  if (f.lastIndexOf("/") + 1 === folder.length && f.slice(0, folder.length) === folder && !/\\.(html|xml|txt)$/.test(f)) return true;
                }
                return false;
              }
              events.addEventListener("reload", function (e) {
                var rebuilt = JSON.parse(e.data);
                if (changed(rebuilt.files)) location.reload();
                else adopt(rebuilt.version); // this page is the new build's too
              });
              events.addEventListener("build-error", function (e) { overlay(e.data); });
            })();
            </script>
            """;

    private LivePage() {}

    /** The script for the page of {@code file} (null: a miss) served in this state. */
    public static String script(BuildState state, String file) {
        return SCRIPT.formatted(MARKER, jsString(state.version()), state.broken() ? jsString(state.problemText()) : "null",
                file == null ? "null" : jsString(file), EVENTS);
    }

    /**
     * The {@code reload} event's data after a good build: the new version, and the site files the
     * build changed, or null (every page reloads) when the build does not name them, named more
     * than {@value #MOST_NAMED}, or changed the theme's files (which a page may link by their own
     * name, not only by their fingerprinted one).
     */
    static String reload(String version, List<String> files) {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("version", version);
        data.put("files", named(files));
        return Json.of(data);
    }

    /**
     * The {@code hello} event's data, which greets a new connection: the version served now, and
     * when the last reload took the site to it from {@code since}, that version and the files the
     * reload named (as {@link #reload} names them); else {@code since} is null. A page of version
     * {@code since} whose files are not among them is of the new version too: a page reloaded by a
     * rebuild's first reload need not reload again for the second, sent while it was loading.
     */
    static String hello(String version, String since, List<String> files) {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("version", version);
        data.put("since", since);
        data.put("files", since == null ? null : named(files));
        return Json.of(data);
    }

    private static List<String> named(List<String> files) {
        boolean all = files == null || files.size() > MOST_NAMED || files.stream().anyMatch(f -> f.startsWith("static/"));
        return all ? null : files;
    }

    /** The page of {@code file} (null: a miss) with the script just before its last {@code </body>}, or at the end if it has none. */
    public static byte[] inject(byte[] html, BuildState state, String file) {
        byte[] script = script(state, file).getBytes(StandardCharsets.UTF_8);
        int at = lastBodyEnd(html);
        if (at < 0) at = html.length;
        byte[] page = Arrays.copyOf(html, html.length + script.length);
        System.arraycopy(script, 0, page, at, script.length);
        System.arraycopy(html, at, page, at + script.length, html.length - at);
        return page;
    }

    /** The position of the last {@code </body} (any case); bytes, since UTF-8 keeps ASCII as it is. */
    static int lastBodyEnd(byte[] html) {
        byte[] tag = "</body".getBytes(StandardCharsets.US_ASCII);
        outer:
        for (int i = html.length - tag.length; i >= 0; i--) {
            for (int j = 0; j < tag.length; j++) {
                int c = html[i + j];
                if (c >= 'A' && c <= 'Z') c += 'a' - 'A';
                if (c != tag[j]) continue outer;
            }
            return i;
        }
        return -1;
    }

    /** A JavaScript string literal (JSON's) that is safe inside a {@code <script>} element. */
    static String jsString(String s) {
        StringBuilder b = new StringBuilder(s.length() + 16);
        Json.string(s, b, true);
        return b.toString();
    }

    /** One server-sent event; a text of several lines becomes several {@code data:} lines, as the format wants. */
    static String event(String name, String data) {
        StringBuilder b = new StringBuilder("event: ").append(name).append('\n');
        for (String line : data.split("\r\n|\r|\n", -1)) b.append("data: ").append(line).append('\n');
        return b.append('\n').toString();
    }
}
