package gazette.read;

/** A plain-text summary for an article whose front matter gives none: its first paragraph. */
final class Summaries {
    private Summaries() {}

    static String fromMarkdown(String body, int limit) {
        StringBuilder para = new StringBuilder();
        for (String line : body.split("\n", -1)) {
            String t = line.strip();
            if (t.isEmpty()) {
                if (para.length() > 0) break;
                continue;
            }
            // headings, quotes, lists, fences, tables and HTML are not a lede
            char c = t.charAt(0);
            if (para.length() == 0 && (c == '#' || c == '>' || c == '|' || c == '<' || c == '`' || c == '-' || c == '*' || c == '!' || Character.isDigit(c) && t.matches("\\d+[.)]\\s.*"))) continue;
            if (para.length() > 0) para.append(' ');
            para.append(t);
        }
        return gazette.text.Excerpt.cut(stripInline(para.toString()), limit);
    }

    /** Links keep their text; emphasis and code markers go. */
    private static String stripInline(String s) {
        StringBuilder out = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '[') continue;
            if (c == ']' && i + 1 < s.length() && s.charAt(i + 1) == '(') {
                int close = s.indexOf(')', i);
                if (close > 0) {
                    i = close;
                    continue;
                }
            }
            if (c == '*' || c == '_' || c == '`' || c == '~') continue;
            out.append(c);
        }
        return out.toString().replaceAll("\\s+", " ").strip();
    }
}
