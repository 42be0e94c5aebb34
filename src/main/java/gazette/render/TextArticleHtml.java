package gazette.render;

import gazette.read.text.TextBlock;
import gazette.text.Html;

import java.util.List;

/** Renders a raw text article's blocks as HTML. The blocks are text, so everything is escaped. */
public final class TextArticleHtml {

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
                escape(p.text(), out);
                out.append("</p>");
            } else if (block instanceof TextBlock.Figure f) {
                out.append("<figure class=\"photo\"><figcaption>");
                escape(f.caption(), out);
                if (!f.credit().isEmpty()) {
                    out.append(" <span class=\"credit\">");
                    escape(f.credit(), out);
                    out.append("</span>");
                }
                out.append("</figcaption></figure>");
            }
        }
        return out.toString();
    }

    private static void escape(String text, StringBuilder out) {
        Html.escape(text, out);
    }
}
