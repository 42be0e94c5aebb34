package gazette.render;

import com.vladsch.flexmark.ast.AutoLink;
import com.vladsch.flexmark.ast.Image;
import com.vladsch.flexmark.ast.ImageRef;
import com.vladsch.flexmark.ast.Link;
import com.vladsch.flexmark.ast.LinkRef;
import com.vladsch.flexmark.ast.ThematicBreak;
import com.vladsch.flexmark.ext.autolink.AutolinkExtension;
import com.vladsch.flexmark.ext.gfm.strikethrough.StrikethroughExtension;
import com.vladsch.flexmark.ext.tables.TableCell;
import com.vladsch.flexmark.ext.tables.TablesExtension;
import com.vladsch.flexmark.html.AttributeProvider;
import com.vladsch.flexmark.html.HtmlRenderer;
import com.vladsch.flexmark.html.HtmlWriter;
import com.vladsch.flexmark.html.IndependentAttributeProviderFactory;
import com.vladsch.flexmark.html.renderer.LinkResolverContext;
import com.vladsch.flexmark.html.renderer.NodeRendererContext;
import com.vladsch.flexmark.html.renderer.NodeRenderingHandler;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.data.MutableDataSet;
import com.vladsch.flexmark.util.html.Attribute;
import com.vladsch.flexmark.util.html.MutableAttributes;
import gazette.text.Html;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Markdown bodies to HTML with Flexmark: CommonMark plus tables, strikethrough and autolinks.
 * Parser and renderer are immutable and thread-safe once built, so one pair serves every thread.
 * {@link MarkdownHtml} writes the HTML Flexmark's renderer would, in a fraction of the time, and
 * leaves to that renderer any tree with a node it does not know.
 *
 * <p>The HTML is the HTML5 the Nu checker accepts: void elements without the XHTML slash
 * ({@code <br>}, {@code <hr>}, {@code <img>}) and column alignment as {@code style}, not the
 * obsolete {@code align} attribute.
 */
public final class MarkdownRenderer {
    private final Parser parser;
    // the same, without autolinks: their scan of every text run is the dearest part of parsing,
    // and most bodies have no bare address to link
    private final Parser plainParser;
    private final HtmlRenderer renderer;
    // the same HTML as renderer, faster; null for the documents it leaves to renderer
    private final MarkdownHtml writer;
    private final boolean escapeRawHtml;

    /** Raw HTML in the Markdown passed through: editors are trusted. */
    public MarkdownRenderer() {
        this(false);
    }

    /**
     * @param escapeRawHtml show raw HTML as text and disable links to script addresses, for
     *                      Markdown from sources that are not trusted
     */
    public MarkdownRenderer(boolean escapeRawHtml) {
        MutableDataSet options = new MutableDataSet();
        options.set(Parser.EXTENSIONS, List.of(TablesExtension.create(), StrikethroughExtension.create(), AutolinkExtension.create()));
        // GitHub-like tables: no column spans, header row required, no caption syntax
        options.set(TablesExtension.COLUMN_SPANS, false);
        options.set(TablesExtension.APPEND_MISSING_COLUMNS, true);
        options.set(TablesExtension.DISCARD_EXTRA_COLUMNS, true);
        options.set(TablesExtension.HEADER_SEPARATOR_COLUMN_MATCH, true);
        options.set(HtmlRenderer.HARD_BREAK, "<br>\n");
        // blocks, inline tags and comments alike
        options.set(HtmlRenderer.ESCAPE_HTML, escapeRawHtml);
        this.parser = Parser.builder(options).build();
        MutableDataSet plain = new MutableDataSet(options);
        plain.set(Parser.EXTENSIONS, List.of(TablesExtension.create(), StrikethroughExtension.create()));
        this.plainParser = Parser.builder(plain).build();
        this.renderer = HtmlRenderer.builder(options)
                .attributeProviderFactory(new IndependentAttributeProviderFactory() {
                    @Override
                    public AttributeProvider apply(LinkResolverContext context) {
                        return (node, part, attributes) -> attributes(node, attributes, escapeRawHtml);
                    }
                })
                .nodeRendererFactory(o -> () -> Set.of(
                        new NodeRenderingHandler<>(Image.class, (node, context, html) -> withoutSlash(context, html, false)),
                        new NodeRenderingHandler<>(ImageRef.class, (node, context, html) -> withoutSlash(context, html, false)),
                        new NodeRenderingHandler<>(ThematicBreak.class, (node, context, html) -> withoutSlash(context, html, true))))
                .build();
        this.writer = new MarkdownHtml(renderer.getOptions(), escapeRawHtml);
        this.escapeRawHtml = escapeRawHtml;
    }

    /** True when raw HTML is shown as text (markdown_raw_html: escape). */
    public boolean escapesRawHtml() {
        return escapeRawHtml;
    }

    /** Never throws: Markdown nested so deeply that Flexmark runs out of stack is shown as escaped text. */
    public String render(String markdown) {
        try {
            Document document = parse(markdown);
            String html = writer.render(document);
            return html != null ? html : renderer.render(document);
        } catch (StackOverflowError e) {
            // hundreds of nested lists or quotes: no article, an attack; its words still show, as text
            return plainText(markdown);
        }
    }

    private Document parse(String markdown) {
        return (needsAutolinks(markdown) ? parser : plainParser).parse(markdown);
    }

    /** Flexmark's own renderer: what {@link #render} must equal. */
    String renderWithFlexmark(String markdown) {
        return renderer.render(parse(markdown));
    }

    /** Only the direct writer: null where {@link #render} hands the document to Flexmark. */
    String renderDirectly(String markdown) {
        return writer.render(parse(markdown));
    }

    /** Always with the autolink scan: what {@link #render} must equal. */
    String renderWithAutolinks(String markdown) {
        return renderer.render(parser.parse(markdown));
    }

    /** Paragraphs (at blank lines) of escaped text. */
    static String plainText(String markdown) {
        StringBuilder out = new StringBuilder(markdown.length() + 64);
        for (String paragraph : markdown.split("\\R\\s*\\R")) {
            if (paragraph.isBlank()) continue;
            out.append("<p>");
            Html.escape(paragraph, out);
            out.append("</p>\n");
        }
        return out.toString();
    }

    /**
     * False only when the text has nothing the autolink extension could link: no {@code www.},
     * no {@code @}, and every {@code ://} inside a link's target {@code ](…)} or {@code <…>}.
     */
    static boolean needsAutolinks(String md) {
        if (md.indexOf('@') >= 0 || md.contains("www.") || md.contains("WWW.")) return true;
        for (int at = md.indexOf("://"); at >= 0; at = md.indexOf("://", at + 3)) {
            int start = at;
            while (start > 0 && Character.isLetterOrDigit(md.charAt(start - 1)) || start > 0 && "+-.".indexOf(md.charAt(start - 1)) >= 0) start--;
            boolean target = start >= 2 && md.charAt(start - 1) == '(' && md.charAt(start - 2) == ']'
                    || start >= 1 && md.charAt(start - 1) == '<';
            if (!target) return true;
        }
        return false;
    }

    private static void attributes(Node node, MutableAttributes attributes, boolean untrusted) {
        if (node instanceof TableCell) {
            Attribute align = attributes.get("align");
            if (align != null) {
                attributes.remove("align");
                attributes.addValue("style", "text-align:" + align.getValue());
            }
        } else if (untrusted && (node instanceof Link || node instanceof LinkRef || node instanceof AutoLink)) {
            Attribute href = attributes.get("href");
            if (href != null && runsScript(href.getValue())) attributes.replaceValue("href", "#");
        } else if (untrusted && (node instanceof Image || node instanceof ImageRef)) {
            Attribute src = attributes.get("src");
            if (src != null && runsScript(src.getValue())) attributes.replaceValue("src", "#");
        }
    }

    /** javascript:, vbscript: and data: addresses, however a browser would still recognise them. */
    static boolean runsScript(String url) {
        StringBuilder scheme = new StringBuilder();
        for (int i = 0; i < url.length() && scheme.length() < 16; i++) {
            char c = url.charAt(i);
            if (c == ':') break;
            // browsers skip controls and whitespace in a scheme ("java\tscript:")
            if (c <= ' ') continue;
            scheme.append(c);
        }
        String s = scheme.toString().toLowerCase(Locale.ROOT);
        return url.indexOf(':') >= 0 && (s.equals("javascript") || s.equals("vbscript") || s.equals("data"));
    }

    /** Flexmark writes void elements XHTML-style ({@code <hr />}): render as it would, minus the slash. */
    private static void withoutSlash(NodeRendererContext context, HtmlWriter html, boolean block) {
        NodeRendererContext sub = context.getDelegatedSubContext(false);
        sub.delegateRender();
        String out = sub.getHtmlWriter().toString(0, 0).strip();
        // attribute values are escaped, so the only " />" that can end the output is the tag's own
        if (out.endsWith(" />")) out = out.substring(0, out.length() - 3) + ">";
        if (block) html.line().raw(out).line();
        else html.raw(out);
    }
}
