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
 * Both escape controls, JavaScript's line separators and lone surrogates (which UTF-8 cannot carry).
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

    /** A string value, quoted and escaped, appended to {@code out}. */
    public static void string(String s, StringBuilder out, boolean inHtml) {
        out.append('"');
        for (int k = 0; k < s.length(); k++) {
            char c = s.charAt(k);
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                default -> {
                    boolean lone = Character.isHighSurrogate(c) && (k + 1 == s.length() || !Character.isLowSurrogate(s.charAt(k + 1)))
                            || Character.isLowSurrogate(c) && (k == 0 || !Character.isHighSurrogate(s.charAt(k - 1)));
                    boolean markup = inHtml && (c == '<' || c == '>' || c == '&');
                    if (c < 0x20 || c == '\u2028' || c == '\u2029' || lone || markup) {
                        out.append("\\u");
                        String hex = Integer.toHexString(c);
                        for (int pad = hex.length(); pad < 4; pad++) out.append('0');
                        out.append(hex);
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        out.append('"');
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
