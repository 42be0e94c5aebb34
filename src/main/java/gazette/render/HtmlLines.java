package gazette.render;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The output, with the rules of Flexmark's line appendable that can show: outside
 * pre-formatted text a space at the start of a line (after nothing, or only tabs) is dropped;
 * a run of empty lines outside pre-formatted text (a lone CR counts as empty) is cut to
 * {@code maxBlankLines}; and the last line ends with a line break.
 */
final class HtmlLines {
    // what Flexmark's attribute escaping takes for an entity
    private static final Pattern ENTITY = Pattern.compile("&(?:#x[a-f0-9]{1,8}|#[0-9]{1,8}|[a-z][a-z0-9]{1,31});", Pattern.CASE_INSENSITIVE);

    final StringBuilder sb;
    private final int maxBlankLines;
    private int lineStart;
    private boolean blank = true; // nothing but tabs and spaces on the line so far
    private int pre;
    private int emptyLines;

    HtmlLines(StringBuilder sb, int maxBlankLines) {
        this.sb = sb;
        this.maxBlankLines = maxBlankLines;
    }

    /** Markup that starts with neither a space nor a tab and has no line break: no rule applies. */
    HtmlLines markup(String s) {
        sb.append(s);
        blank = false;
        return this;
    }

    HtmlLines raw(CharSequence s) {
        for (int i = 0, n = s.length(); i < n; i++) put(s.charAt(i));
        return this;
    }

    /** Raw HTML: passed as it is, spaces at line starts too. */
    HtmlLines rawPre(CharSequence s) {
        pre++;
        raw(s);
        pre--;
        return this;
    }

    HtmlLines text(CharSequence s) {
        return text(s, 0, s.length());
    }

    /** {@code s} from {@code from} to {@code to}, {@code & < > "} escaped, with the line rules. */
    HtmlLines text(CharSequence s, int from, int to) {
        int run = from; // characters from here on go in one append
        for (int i = from; i < to; i++) {
            char c = s.charAt(i);
            if (c > '>') { // nothing above '>' is special
                blank = false;
                continue;
            }
            String replacement;
            if (c == '&') replacement = "&amp;";
            else if (c == '<') replacement = "&lt;";
            else if (c == '>') replacement = "&gt;";
            else if (c == '"') replacement = "&quot;";
            else if (c == '\n') replacement = null;
            else if (c == ' ' && blank && pre == 0) replacement = ""; // dropped
            else {
                if (c != ' ' && c != '\t') blank = false;
                continue;
            }
            sb.append(s, run, i);
            run = i + 1;
            if (replacement == null) newline();
            else if (!replacement.isEmpty()) markup(replacement);
        }
        sb.append(s, run, to);
        return this;
    }

    /** {@code  name="value"} with the value escaped as Flexmark escapes attributes. */
    HtmlLines attribute(String name, String value) {
        sb.append(' ').append(name).append("=\"");
        int from = sb.length();
        escapeAttribute(value, sb);
        // the value may hold line breaks: put it again through the rules
        if (value.indexOf('\n') >= 0) {
            String escaped = sb.substring(from);
            sb.setLength(from);
            raw(escaped);
        }
        sb.append('"');
        return this;
    }

    HtmlLines openPre() {
        pre++;
        return this;
    }

    HtmlLines closePre() {
        pre--;
        return this;
    }

    /** Ends the line if anything is on it. */
    HtmlLines line() {
        if (pre > 0 || sb.length() > lineStart) newline();
        return this;
    }

    String finish() {
        line();
        return sb.toString();
    }

    private void put(char c) {
        if (c == '\n') {
            newline();
        } else if (c == ' ') {
            if (pre > 0 || !blank) sb.append(' ');
        } else {
            sb.append(c);
            if (c != '\t') blank = false;
        }
    }

    private void newline() {
        // a CR just before the line feed counts as part of the line break, so a line of only
        // that is empty too, and an empty line is written as a bare line feed
        int length = sb.length() - lineStart;
        if (pre == 0 && (length == 0 || length == 1 && sb.charAt(lineStart) == '\r')) {
            sb.setLength(lineStart);
            if (emptyLines >= maxBlankLines) return;
            emptyLines++;
        } else {
            emptyLines = 0;
        }
        sb.append('\n');
        lineStart = sb.length();
        blank = true;
    }

    /** {@code & < > "} as entities, but an entity already there kept as it is. */
    static void escapeAttribute(String s, StringBuilder sb) {
        Matcher entity = s.indexOf('&') >= 0 ? ENTITY.matcher(s) : null;
        for (int i = 0, n = s.length(); i < n; i++) {
            char c = s.charAt(i);
            switch (c) {
                case '&' -> {
                    if (entity.region(i, n).lookingAt()) {
                        sb.append(s, i, entity.end());
                        i = entity.end() - 1;
                    } else {
                        sb.append("&amp;");
                    }
                }
                case '<' -> sb.append("&lt;");
                case '>' -> sb.append("&gt;");
                case '"' -> sb.append("&quot;");
                default -> sb.append(c);
            }
        }
    }
}
