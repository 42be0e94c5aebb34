package gazette.text;

/**
 * Escaping for the XML Gazette writes by hand (feeds, sitemaps). Characters XML 1.0 cannot hold
 * at all (most controls, lone surrogates, U+FFFE, U+FFFF) are dropped: a stray control character
 * in one title must not make a whole feed unreadable.
 */
public final class Xml {
    private Xml() {}

    /** Text content and attribute values alike: {@code & < > "} escaped, so one function serves both. */
    public static String escape(String s) {
        int n = s.length();
        int k = 0;
        while (k < n && plain(s.charAt(k))) k++;
        if (k == n) return s;
        StringBuilder out = new StringBuilder(n + 16).append(s, 0, k);
        for (; k < n; k++) {
            char c = s.charAt(k);
            if (plain(c)) {
                out.append(c);
                continue;
            }
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                default -> {
                    if (allowed(s, k)) out.append(c);
                }
            }
        }
        return out.toString();
    }

    /** Kept as it is: neither markup, nor a control, surrogate or non-character (the common case, decided fast). */
    private static boolean plain(char c) {
        return c >= 0x20 && c < 0xD800 && c != '&' && c != '<' && c != '>' && c != '"' || c >= 0xE000 && c < 0xFFFE;
    }

    private static boolean allowed(String s, int k) {
        char c = s.charAt(k);
        if (c < 0x20) return c == '\t' || c == '\n' || c == '\r';
        if (c == '\uFFFE' || c == '\uFFFF') return false;
        if (Character.isHighSurrogate(c)) return k + 1 < s.length() && Character.isLowSurrogate(s.charAt(k + 1));
        if (Character.isLowSurrogate(c)) return k > 0 && Character.isHighSurrogate(s.charAt(k - 1));
        return true;
    }
}
