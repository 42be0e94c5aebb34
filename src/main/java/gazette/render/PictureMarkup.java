package gazette.render;

import gazette.pictures.Pictures;
import gazette.read.Article;
import gazette.read.PictureRefs;

/**
 * Pictures in a rendered Markdown body made responsive. The renderer writes a picture as
 * {@code <img src="tram.jpg" alt="…" title="…">}; where that address is a picture beside the
 * article, it becomes a {@code <picture>} offering WebP and the original's type at every width
 * made, with its size (no layout shift), lazy loading and async decoding; and a picture alone in
 * its paragraph becomes a {@code <figure>}, whose caption is the title.
 */
public final class PictureMarkup {
    /** The story column: 40rem wide from 44rem of screen, the screen less its margins below. */
    public static final String SIZES = "(min-width: 44rem) 40rem, calc(100vw - 2rem)";
    private static final String IMG = "<img src=\"";

    private PictureMarkup() {
    }

    static String apply(String html, Article article, Pictures pictures, String root) {
        if (article.pictures().isEmpty() || !html.contains(IMG)) return html;
        StringBuilder out = new StringBuilder(html.length() + 512);
        int at = 0;
        for (int i = html.indexOf(IMG); i >= 0; i = html.indexOf(IMG, at)) {
            int end = html.indexOf('>', i);
            if (end < 0) break;
            Img img = Img.parse(html.substring(i, end + 1));
            String path = img == null ? null : local(img.src(), article);
            Pictures.Published p = path == null ? null : pictures.get(path);
            boolean alone = html.startsWith("<p>", i - 3) && html.startsWith("</p>", end + 1);
            if (p == null && path != null && shows(article, path)) {
                // a picture of the article that could not be published (--keep-going): left out, not linked to nothing
                out.append(html, at, alone ? i - 3 : i);
                at = end + 1 + (alone ? "</p>".length() : 0);
                continue;
            }
            if (p == null) {
                out.append(html, at, end + 1);
                at = end + 1;
                continue;
            }
            if (insideLink(html, i)) p = p.withoutOriginal(); // a link inside the writer's own link would cut it short
            if (alone) {
                out.append(html, at, i - 3);
                out.append("<figure class=\"picture\">").append(picture(p, img, root, false));
                if (img.title() != null) out.append("<figcaption>").append(img.title()).append("</figcaption>");
                out.append("</figure>");
                at = end + 1 + "</p>".length();
            } else {
                out.append(html, at, i).append(picture(p, img, root, true));
                at = end + 1;
            }
        }
        return out.append(html, at, html.length()).toString();
    }

    /** True when the tag at {@code i} stands inside a link the body opened ({@code [![x](p.jpg)](https://…)}). */
    private static boolean insideLink(String html, int i) {
        int open = html.lastIndexOf("<a ", i);
        return open >= 0 && html.lastIndexOf("</a>", i) < open;
    }

    /** The content-relative path a picture address names beside the article, or null for the web's addresses. */
    private static String local(String src, Article article) {
        String written = PictureRefs.local(unescape(src));
        return written == null ? null : PictureRefs.resolve(article.file(), written);
    }

    private static boolean shows(Article article, String path) {
        for (gazette.read.PictureRef r : article.pictures()) if (r.path().equals(path)) return true;
        return false;
    }

    private static String picture(Pictures.Published p, Img img, String root, boolean keepTitle) {
        return tag(p, img.alt(), keepTitle ? img.title() : null, root);
    }

    /**
     * The {@code <picture>} of a published picture; {@code alt} and {@code title} (or null) already
     * escaped for an attribute. A link to the original when it is published and the picture has
     * words to name the link by.
     */
    static String tag(Pictures.Published p, String alt, String title, String root) {
        StringBuilder s = new StringBuilder(400);
        boolean linked = p.original() != null && !alt.isBlank();
        if (linked) s.append("<a class=\"original\" href=\"").append(root).append(p.original()).append("\">");
        s.append("<picture><source type=\"image/webp\" srcset=\"").append(p.srcset("webp", root)).append("\" sizes=\"").append(SIZES).append("\">");
        s.append("<img src=\"").append(root).append(p.fallback().path()).append("\" srcset=\"").append(p.srcset(p.mainType(), root))
                .append("\" sizes=\"").append(SIZES).append("\" width=\"").append(p.info().width()).append("\" height=\"").append(p.info().height())
                .append("\" alt=\"").append(alt).append('"');
        if (title != null) s.append(" title=\"").append(title).append('"');
        s.append(" loading=\"lazy\" decoding=\"async\"></picture>");
        return linked ? s.append("</a>").toString() : s.toString();
    }

    /** The attributes as the renderer writes them, still escaped: src, alt and an optional title, in that order. */
    record Img(String src, String alt, String title) {
        static Img parse(String tag) {
            String src = attribute(tag, "src");
            String alt = attribute(tag, "alt");
            if (src == null || alt == null) return null;
            return new Img(src, alt, attribute(tag, "title"));
        }

        private static String attribute(String tag, String name) {
            int i = tag.indexOf(" " + name + "=\"");
            if (i < 0) return null;
            int from = i + name.length() + 3;
            int to = tag.indexOf('"', from);
            return to < 0 ? null : tag.substring(from, to);
        }
    }

    /** An attribute value as the renderer escaped it, read back with Flexmark's own entity decoder. */
    static String unescape(String value) {
        return value.indexOf('&') < 0 ? value : com.vladsch.flexmark.util.sequence.Escaping.unescapeHtml(value);
    }
}
