package gazette.write;

/**
 * Escaping for the XML Gazette writes by hand (feeds, sitemaps). Characters XML 1.0 cannot hold
 * at all (most controls, lone surrogates, U+FFFE, U+FFFF) are dropped: a stray control character
 * in one title must not make a whole feed unreadable.
 */
final class Xml {
    private Xml() {}

    /** Text content and attribute values alike: {@code & < > "} escaped, so one function serves both. */
    static String escape(String s) {
        StringBuilder out = null;
        for (int k = 0; k < s.length(); k++) {
            char c = s.charAt(k);
            String rep = switch (c) {
                case '&' -> "&amp;";
                case '<' -> "&lt;";
                case '>' -> "&gt;";
                case '"' -> "&quot;";
                default -> allowed(s, k) ? null : "";
            };
            if (rep == null) {
                if (out != null) out.append(c);
            } else {
                if (out == null) out = new StringBuilder(s.length() + 16).append(s, 0, k);
                out.append(rep);
            }
        }
        return out == null ? s : out.toString();
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
