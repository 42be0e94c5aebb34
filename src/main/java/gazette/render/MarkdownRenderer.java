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

    /** Flexmark's options, as the renderer parses and renders with them. */
    static MutableDataSet options(boolean escapeRawHtml) {
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
        return options;
    }

    /** The same, for the parser that leaves bare addresses as text. */
    static MutableDataSet withoutAutolinks(MutableDataSet options) {
        MutableDataSet plain = new MutableDataSet(options);
        plain.set(Parser.EXTENSIONS, List.of(TablesExtension.create(), StrikethroughExtension.create()));
        return plain;
    }

    /**
     * @param escapeRawHtml show raw HTML as text and disable links to any scheme but http, https and mailto, for
     *                      Markdown from sources that are not trusted
     */
    public MarkdownRenderer(boolean escapeRawHtml) {
        MutableDataSet options = options(escapeRawHtml);
        this.parser = QuickInlineParser.parser(options);
        this.plainParser = QuickInlineParser.parser(withoutAutolinks(options));
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

    /**
     * Never throws: Markdown nested deeper than {@value #MAX_NESTING} levels is shown as escaped
     * text. The limit is a number, not whatever the thread's stack allows, so a body comes out the
     * same on every thread (pages and feeds are rendered on threads with different stacks).
     */
    public String render(String markdown) {
        try {
            Document document = parse(markdown);
            String html = writer.render(document); // null for a tree deeper than it writes: only then is the depth counted
            if (html != null) return html;
            return deeperThan(document, MAX_NESTING) ? plainText(markdown) : renderer.render(document);
        } catch (StackOverflowError e) {
            // hundreds of nested lists or quotes: no article, an attack; its words still show, as text
            return plainText(markdown);
        }
    }

    /** Quotes and lists nested this deep are no article but an attack. */
    static final int MAX_NESTING = 100;

    /** Whether the tree has a node more than {@code max} levels below the document; walked without recursion. */
    static boolean deeperThan(Node root, int max) {
        int depth = 0;
        Node n = root;
        while (n != null) {
            if (n.getFirstChild() != null) {
                n = n.getFirstChild();
                if (++depth > max) return true;
                continue;
            }
            while (n != root && n.getNext() == null) {
                n = n.getParent();
                depth--;
            }
            n = n == root ? null : n.getNext();
        }
        return false;
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
            if (href != null && !allowedInEscapeMode(href.getValue())) attributes.replaceValue("href", "#");
        } else if (untrusted && (node instanceof Image || node instanceof ImageRef)) {
            Attribute src = attributes.get("src");
            if (src != null && !allowedInEscapeMode(src.getValue())) attributes.replaceValue("src", "#");
        }
    }

    /** The schemes a link may name in escape mode; any other (javascript:, data:, vbscript: ...) is disabled. */
    private static final Set<String> ALLOWED_SCHEMES = Set.of("http", "https", "mailto");

    /**
     * Whether escape mode lets a link or image address through: an address that plainly starts
     * with an allowed scheme, or one that cannot have a scheme at all (nothing before its first
     * {@code /}, {@code ?} or {@code #} is a colon, a character reference or a control). Decided
     * on the address as the browser will read it: the attribute keeps character references, which
     * the browser decodes ({@code javascript&colon;}), and its URL parser drops tabs and newlines
     * anywhere and controls and spaces at the ends ({@code java&Tab;script:}). Whatever is in doubt
     * is disabled: a relative link with a colon or an {@code &} before its first slash is rare.
     */
    static boolean allowedInEscapeMode(String url) {
        StringBuilder seen = new StringBuilder(url.length());
        for (int i = 0; i < url.length(); i++) {
            char c = url.charAt(i);
            if (c != '\t' && c != '\n' && c != '\r') seen.append(c);
        }
        int from = 0;
        int to = seen.length();
        while (from < to && seen.charAt(from) <= ' ') from++;
        while (to > from && seen.charAt(to - 1) <= ' ') to--;
        String address = seen.substring(from, to);
        int colon = address.indexOf(':');
        if (colon > 0 && ALLOWED_SCHEMES.contains(address.substring(0, colon).toLowerCase(Locale.ROOT))) return true;
        for (int i = 0; i < address.length(); i++) {
            char c = address.charAt(i);
            if (c == '/' || c == '?' || c == '#') return true;
            if (c == ':' || c == '&' || c < ' ' || c == 0x7f) return false;
        }
        return true;
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
