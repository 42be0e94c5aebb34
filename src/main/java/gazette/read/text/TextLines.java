package gazette.read.text;

import java.util.ArrayList;
import java.util.List;

/** A scraped file's text as lines: entities decoded, every kind of space made one plain space, trimmed. */
final class TextLines {
    private TextLines() {
    }

    /** Splits at CRLF, CR or LF and cleans each line; index + 1 is the line number. */
    static List<String> cleanLines(String text) {
        List<String> lines = new ArrayList<>();
        int start = 0;
        int n = text.length();
        for (int i = 0; i < n; i++) {
            char c = text.charAt(i);
            if (c == '\n' || c == '\r') {
                lines.add(clean(text.substring(start, i)));
                if (c == '\r' && i + 1 < n && text.charAt(i + 1) == '\n') {
                    i++;
                }
                start = i + 1;
            }
        }
        if (start < n) {
            lines.add(clean(text.substring(start)));
        }
        return lines;
    }

    /** Decodes entities, turns every kind of space into one plain space, trims. */
    private static String clean(String raw) {
        String text = Entities.decode(raw);
        StringBuilder out = new StringBuilder(text.length());
        boolean pendingSpace = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\u200B' || c == '\uFEFF') {
                continue; // invisible: zero-width space, stray byte-order marks
            }
            if (isSpace(c)) {
                if (out.length() > 0) {
                    // A lone ideographic space is punctuation in CJK headlines: keep it as written.
                    boolean lone = c == '\u3000' && !pendingSpace && i + 1 < text.length()
                            && !isSpace(text.charAt(i + 1));
                    if (lone) {
                        out.append(c);
                    } else {
                        pendingSpace = true;
                    }
                }
                continue;
            }
            if (Character.getType(c) == Character.CONTROL) {
                continue;
            }
            if (pendingSpace) {
                out.append(' ');
                pendingSpace = false;
            }
            out.append(c);
        }
        return out.toString();
    }

    private static boolean isSpace(char c) {
        return c == ' ' || c == '\u00A0' || Character.isWhitespace(c) || Character.isSpaceChar(c);
    }
}
