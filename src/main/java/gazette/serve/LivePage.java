package gazette.serve;

import gazette.text.Json;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * The live-reload script the server adds to every HTML response (never to the files on disk): it
 * listens to {@value #EVENTS}, reloads the page after a rebuild and shows an overlay while the
 * build is broken. A page served during a broken build carries the problems with it, so the
 * overlay is there at once.
 */
public final class LivePage {
    /** The event stream's path, at the server's root whatever the base path. */
    public static final String EVENTS = "/__gazette/events";
    /** Marks the script, so tests and people can find it. */
    public static final String MARKER = "data-gazette-live";

    // "build-error", not "error": an EventSource fires its own "error" events when the connection drops.
    private static final String SCRIPT = """
            <script %s>
            (function () {
              var version = %s;
              var problems = %s;
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
              if (problems) overlay(problems);
              if (!window.EventSource) return;
              var events = new EventSource("%s");
              events.addEventListener("hello", function (e) { if (e.data !== version) location.reload(); });
              events.addEventListener("reload", function () { location.reload(); });
              events.addEventListener("build-error", function (e) { overlay(e.data); });
            })();
            </script>
            """;

    private LivePage() {}

    /** The script for pages served in this state. */
    public static String script(BuildState state) {
        return SCRIPT.formatted(MARKER, jsString(state.version()), state.broken() ? jsString(state.problemText()) : "null", EVENTS);
    }

    /** The page with the script just before its last {@code </body>}, or at the end if it has none. */
    public static byte[] inject(byte[] html, BuildState state) {
        byte[] script = script(state).getBytes(StandardCharsets.UTF_8);
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
