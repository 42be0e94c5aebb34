package gazette.render;

import gazette.read.text.TextBlock;
import gazette.text.Html;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Renders a raw text article's blocks as HTML. The blocks are text, so everything is escaped;
 * a web address in the text becomes a link to itself.
 */
public final class TextArticleHtml {
    /** An http(s) address: up to a space, a quote, an angle bracket or a character no address holds. */
    private static final Pattern ADDRESS = Pattern.compile("(?i)https?://[^\\s<>\"'　「」『』【】（）、。]+");

    private TextArticleHtml() {
    }

    public static String render(List<TextBlock> blocks) {
        StringBuilder out = new StringBuilder(256);
        for (TextBlock block : blocks) {
            if (out.length() > 0) {
                out.append('\n');
            }
            if (block instanceof TextBlock.Paragraph p) {
                out.append("<p>");
                text(p.text(), out);
                out.append("</p>");
            } else if (block instanceof TextBlock.Figure f) {
                out.append("<figure class=\"photo\"><figcaption>");
                text(f.caption(), out);
                if (!f.credit().isEmpty()) {
                    out.append(" <span class=\"credit\">");
                    Html.escape(f.credit(), out);
                    out.append("</span>");
                }
                out.append("</figcaption></figure>");
            }
        }
        return out.toString();
    }

    /** The text escaped, each address in it a link (punctuation that ends the sentence stays outside). */
    private static void text(String text, StringBuilder out) {
        if (text.indexOf("://") < 0) {
            Html.escape(text, out);
            return;
        }
        Matcher m = ADDRESS.matcher(text);
        int done = 0;
        while (m.find()) {
            int end = m.end();
            while (end > m.start() && ".,;:!?)]}".indexOf(text.charAt(end - 1)) >= 0) end--;
            if (end - m.start() <= "https://".length()) continue;
            Html.escape(text.substring(done, m.start()), out);
            String address = text.substring(m.start(), end);
            out.append("<a href=\"");
            Html.escape(address, out);
            out.append("\" rel=\"nofollow\">");
            Html.escape(address, out);
            out.append("</a>");
            done = end;
        }
        Html.escape(text.substring(done), out);
    }
}
