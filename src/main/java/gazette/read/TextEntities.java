package gazette.read;

import java.util.HashMap;
import java.util.Map;

/**
 * Decodes the HTML character references that scrapers leave in text. Only well-formed references
 * (with the closing semicolon) are decoded, once; anything unknown stays exactly as written,
 * because the text might really say it.
 */
final class TextEntities {

    /** Longest name worth looking up; bounds the scan after each '&'. */
    private static final int MAX_REFERENCE = 32;

    private static final Map<String, String> NAMED = new HashMap<>();

    static {
        // The HTML 4 Latin-1 set, U+00A0..U+00FF in order.
        String[] latin1 = {
            "nbsp", "iexcl", "cent", "pound", "curren", "yen", "brvbar", "sect",
            "uml", "copy", "ordf", "laquo", "not", "shy", "reg", "macr",
            "deg", "plusmn", "sup2", "sup3", "acute", "micro", "para", "middot",
            "cedil", "sup1", "ordm", "raquo", "frac14", "frac12", "frac34", "iquest",
            "Agrave", "Aacute", "Acirc", "Atilde", "Auml", "Aring", "AElig", "Ccedil",
            "Egrave", "Eacute", "Ecirc", "Euml", "Igrave", "Iacute", "Icirc", "Iuml",
            "ETH", "Ntilde", "Ograve", "Oacute", "Ocirc", "Otilde", "Ouml", "times",
            "Oslash", "Ugrave", "Uacute", "Ucirc", "Uuml", "Yacute", "THORN", "szlig",
            "agrave", "aacute", "acirc", "atilde", "auml", "aring", "aelig", "ccedil",
            "egrave", "eacute", "ecirc", "euml", "igrave", "iacute", "icirc", "iuml",
            "eth", "ntilde", "ograve", "oacute", "ocirc", "otilde", "ouml", "divide",
            "oslash", "ugrave", "uacute", "ucirc", "uuml", "yacute", "thorn", "yuml",
        };
        for (int k = 0; k < latin1.length; k++) {
            NAMED.put(latin1[k], String.valueOf((char) (0xA0 + k)));
        }
        Object[] others = {
            "amp", '&', "lt", '<', "gt", '>', "quot", '"', "apos", '\'',
            "mdash", '\u2014', "ndash", '\u2013', "hellip", '\u2026', "minus", '\u2212',
            "lsquo", '\u2018', "rsquo", '\u2019', "sbquo", '\u201A',
            "ldquo", '\u201C', "rdquo", '\u201D', "bdquo", '\u201E',
            "lsaquo", '\u2039', "rsaquo", '\u203A', "prime", '\u2032', "Prime", '\u2033',
            "bull", '\u2022', "dagger", '\u2020', "Dagger", '\u2021', "permil", '\u2030',
            "trade", '\u2122', "euro", '\u20AC', "ensp", '\u2002', "emsp", '\u2003',
            "thinsp", '\u2009', "zwnj", '\u200C', "zwj", '\u200D', "lrm", '\u200E', "rlm", '\u200F',
            "OElig", '\u0152', "oelig", '\u0153', "Scaron", '\u0160', "scaron", '\u0161',
            "Yuml", '\u0178', "fnof", '\u0192', "circ", '\u02C6', "tilde", '\u02DC',
            "larr", '\u2190', "uarr", '\u2191', "rarr", '\u2192', "darr", '\u2193',
            "harr", '\u2194', "le", '\u2264', "ge", '\u2265', "ne", '\u2260', "asymp", '\u2248',
            "infin", '\u221E', "hearts", '\u2665',
            "alpha", '\u03B1', "beta", '\u03B2', "gamma", '\u03B3', "delta", '\u03B4',
            "pi", '\u03C0', "mu", '\u03BC', "Omega", '\u03A9', "omega", '\u03C9',
        };
        for (int k = 0; k < others.length; k += 2) {
            NAMED.put((String) others[k], String.valueOf((char) others[k + 1]));
        }
    }

    private TextEntities() {
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
            return NAMED.get(text.substring(from, to));
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
            char c = LenientUtf8.cp1252(cp);
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
