package gazette.text;

/**
 * Escaping for the HTML Gazette writes itself (text articles, plain-text bodies): the five
 * characters that matter in text and in attribute values, as Freemarker's HTML output format
 * escapes them in templates. (Markdown bodies are written by MarkdownWriter and HtmlLines, which
 * escape exactly as Flexmark does, so that both give the same bytes.)
 */
public final class Html {
    private Html() {}

    public static void escape(String text, StringBuilder out) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(c);
            }
        }
    }
}
