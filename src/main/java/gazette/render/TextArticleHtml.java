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
        return render(blocks, List.of(), "/");
    }

    /**
     * With the article's pictures: the first photo block (a caption and credit whose picture the
     * scraper lost) gets the first picture, and so on; pictures beyond the photo blocks follow the
     * text, without a caption, since none was written for them.
     */
    public static String render(List<TextBlock> blocks, List<gazette.pictures.Pictures.Published> pictures, String root) {
        StringBuilder out = new StringBuilder(256);
        int shown = 0;
        for (TextBlock block : blocks) {
            if (out.length() > 0) {
                out.append('\n');
            }
            if (block instanceof TextBlock.Paragraph p) {
                out.append("<p>");
                text(p.text(), out);
                out.append("</p>");
            } else if (block instanceof TextBlock.Figure f) {
                out.append("<figure class=\"photo\">");
                if (shown < pictures.size()) {
                    StringBuilder alt = new StringBuilder();
                    Html.escape(f.caption(), alt);
                    out.append(PictureMarkup.tag(pictures.get(shown++), alt.toString(), null, root));
                }
                out.append("<figcaption>");
                text(f.caption(), out);
                if (!f.credit().isEmpty()) {
                    out.append(" <span class=\"credit\">");
                    Html.escape(f.credit(), out);
                    out.append("</span>");
                }
                out.append("</figcaption></figure>");
            }
        }
        for (; shown < pictures.size(); shown++) {
            if (out.length() > 0) out.append('\n');
            out.append("<figure class=\"photo\">").append(PictureMarkup.tag(pictures.get(shown), "", null, root)).append("</figure>");
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
