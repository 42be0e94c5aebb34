package gazette.text;

import java.util.Collection;
import java.util.Map;

/**
 * The one JSON writer: maps (in their iteration order), lists and other ordered collections,
 * strings, numbers and booleans, written compactly.
 * <ul>
 *   <li>{@link #inHtml} for JSON inside an HTML {@code <script>} (JSON-LD, the live-reload
 *   script): the HTML parser ends the script at the first {@code </script>} and treats
 *   {@code <!--} specially whatever the JSON means, so every {@code <}, {@code >} and {@code &} is
 *   written as a {@code \}{@code u} escape and cannot break out;</li>
 *   <li>{@link #of} for a JSON file (the search index), which no HTML parser reads.</li>
 * </ul>
 * Both escape controls and JavaScript's line separators.
 */
public final class Json {
    private Json() {}

    /** JSON safe inside an HTML {@code <script>} element. */
    public static String inHtml(Object value) {
        StringBuilder out = new StringBuilder(512);
        write(value, out, true);
        return out.toString();
    }

    /** JSON for a file of its own. */
    public static String of(Object value) {
        StringBuilder out = new StringBuilder(64);
        write(value, out, false);
        return out.toString();
    }

    /**
     * A string value, quoted and escaped, appended to {@code out}. Inside HTML, besides quotes,
     * backslashes, controls and the line separators: {@code \r} and {@code \t} as short escapes,
     * {@code < > &} and lone surrogates as {@code \\u} escapes. In a file, only what JSON requires,
     * and every control but the line feed as a {@code \\u} escape: the search index's bytes as they
     * have always been.
     */
    public static void string(String s, StringBuilder out, boolean inHtml) {
        out.append('"');
        for (int k = 0; k < s.length(); k++) {
            char c = s.charAt(k);
            if (c == '"') out.append("\\\"");
            else if (c == '\\') out.append("\\\\");
            else if (c == '\n') out.append("\\n");
            else if (inHtml && c == '\r') out.append("\\r");
            else if (inHtml && c == '\t') out.append("\\t");
            else if (c < 0x20 || c == '\u2028' || c == '\u2029' || inHtml && (c == '<' || c == '>' || c == '&' || lone(s, k))) unicode(c, out);
            else out.append(c);
        }
        out.append('"');
    }

    /** A surrogate without its other half, which UTF-8 cannot carry. */
    private static boolean lone(String s, int k) {
        char c = s.charAt(k);
        return Character.isHighSurrogate(c) && (k + 1 == s.length() || !Character.isLowSurrogate(s.charAt(k + 1)))
                || Character.isLowSurrogate(c) && (k == 0 || !Character.isHighSurrogate(s.charAt(k - 1)));
    }

    private static void unicode(char c, StringBuilder out) {
        out.append("\\u");
        String hex = Integer.toHexString(c);
        for (int pad = hex.length(); pad < 4; pad++) out.append('0');
        out.append(hex);
    }

    private static void write(Object v, StringBuilder out, boolean inHtml) {
        if (v == null) {
            out.append("null");
        } else if (v instanceof String s) {
            string(s, out, inHtml);
        } else if (v instanceof Boolean || v instanceof Integer || v instanceof Long) {
            out.append(v);
        } else if (v instanceof Map<?, ?> m) {
            out.append('{');
            boolean first = true;
            for (Map.Entry<?, ?> e : m.entrySet()) {
                if (!first) out.append(',');
                first = false;
                string(String.valueOf(e.getKey()), out, inHtml);
                out.append(':');
                write(e.getValue(), out, inHtml);
            }
            out.append('}');
        } else if (v instanceof Collection<?> c) {
            out.append('[');
            boolean first = true;
            for (Object o : c) {
                if (!first) out.append(',');
                first = false;
                write(o, out, inHtml);
            }
            out.append(']');
        } else {
            throw new IllegalArgumentException("not a JSON value: " + v.getClass().getName());
        }
    }
}
