package gazette.read.text;

import com.vladsch.flexmark.util.sequence.Html5Entities;

/**
 * Decodes the HTML character references that scrapers leave in text: every HTML5 named reference,
 * and numeric ones (0x80 to 0x9F read as Windows-1252, as browsers do). Only well-formed references
 * (with the closing semicolon) are decoded, once; anything unknown stays exactly as written,
 * because the text might really say it.
 */
final class Entities {

    /** Longest name worth looking up; bounds the scan after each '&'. */
    private static final int MAX_REFERENCE = 32;

    private Entities() {
    }

    static String decode(String text) {
        int amp = text.indexOf('&');
        if (amp < 0) {
            return text;
        }
        StringBuilder out = new StringBuilder(text.length());
        int copied = 0;
        while (amp >= 0) {
            int end = referenceEnd(text, amp);
            if (end > 0) {
                String decoded = resolve(text, amp + 1, end);
                if (decoded != null) {
                    out.append(text, copied, amp).append(decoded);
                    copied = end + 1;
                }
            }
            amp = text.indexOf('&', amp + 1);
        }
        return out.append(text, copied, text.length()).toString();
    }

    /** Index of the ';' closing a reference that starts at {@code amp}, or -1. */
    private static int referenceEnd(String text, int amp) {
        int limit = Math.min(text.length(), amp + 2 + MAX_REFERENCE);
        for (int i = amp + 1; i < limit; i++) {
            char c = text.charAt(i);
            if (c == ';') {
                return i > amp + 1 ? i : -1;
            }
            if (!(c == '#' && i == amp + 1) && !isAsciiAlnum(c)) {
                return -1;
            }
        }
        return -1;
    }

    private static String resolve(String text, int from, int to) {
        if (text.charAt(from) != '#') {
            // the full list of HTML5 named references, as Flexmark carries it
            String reference = text.substring(from - 1, to + 1);
            String decoded = Html5Entities.entityToString(reference);
            return decoded.equals(reference) ? null : decoded;
        }
        int radix = 10;
        int start = from + 1;
        if (start < to && (text.charAt(start) == 'x' || text.charAt(start) == 'X')) {
            radix = 16;
            start++;
        }
        if (start >= to || to - start > 8) {
            return null;
        }
        int cp;
        try {
            cp = Integer.parseInt(text, start, to, radix);
        } catch (NumberFormatException e) {
            return null;
        }
        if (cp >= 0x80 && cp <= 0x9F) {
            // Pages declared Latin-1 but written in Windows-1252 produce these; browsers read
            // them as Windows-1252 too.
            char c = gazette.read.TextFiles.cp1252(cp);
            return c == '\uFFFD' ? null : String.valueOf(c);
        }
        if (cp == 0 || cp > Character.MAX_CODE_POINT || (cp >= 0xD800 && cp <= 0xDFFF)) {
            return null;
        }
        return new String(Character.toChars(cp));
    }

    private static boolean isAsciiAlnum(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
    }
}
