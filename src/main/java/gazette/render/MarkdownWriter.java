package gazette.render;

import com.vladsch.flexmark.ast.AutoLink;
import com.vladsch.flexmark.ast.BlockQuote;
import com.vladsch.flexmark.ast.BulletList;
import com.vladsch.flexmark.ast.BulletListItem;
import com.vladsch.flexmark.ast.Code;
import com.vladsch.flexmark.ast.Emphasis;
import com.vladsch.flexmark.ast.FencedCodeBlock;
import com.vladsch.flexmark.ast.HardLineBreak;
import com.vladsch.flexmark.ast.Heading;
import com.vladsch.flexmark.ast.HtmlBlock;
import com.vladsch.flexmark.ast.HtmlCommentBlock;
import com.vladsch.flexmark.ast.HtmlEntity;
import com.vladsch.flexmark.ast.HtmlInline;
import com.vladsch.flexmark.ast.HtmlInlineComment;
import com.vladsch.flexmark.ast.Image;
import com.vladsch.flexmark.ast.ImageRef;
import com.vladsch.flexmark.ast.IndentedCodeBlock;
import com.vladsch.flexmark.ast.Link;
import com.vladsch.flexmark.ast.LinkRef;
import com.vladsch.flexmark.ast.ListItem;
import com.vladsch.flexmark.ast.MailLink;
import com.vladsch.flexmark.ast.OrderedList;
import com.vladsch.flexmark.ast.OrderedListItem;
import com.vladsch.flexmark.ast.Paragraph;
import com.vladsch.flexmark.ast.ParagraphItemContainer;
import com.vladsch.flexmark.ast.RefNode;
import com.vladsch.flexmark.ast.Reference;
import com.vladsch.flexmark.ast.SoftLineBreak;
import com.vladsch.flexmark.ast.StrongEmphasis;
import com.vladsch.flexmark.ast.Text;
import com.vladsch.flexmark.ast.TextBase;
import com.vladsch.flexmark.ast.ThematicBreak;
import com.vladsch.flexmark.ext.gfm.strikethrough.Strikethrough;
import com.vladsch.flexmark.ext.tables.TableBlock;
import com.vladsch.flexmark.ext.tables.TableBody;
import com.vladsch.flexmark.ext.tables.TableCaption;
import com.vladsch.flexmark.ext.tables.TableCell;
import com.vladsch.flexmark.ext.tables.TableHead;
import com.vladsch.flexmark.ext.tables.TableRow;
import com.vladsch.flexmark.ext.tables.TableSeparator;
import com.vladsch.flexmark.html.HtmlRendererOptions;
import com.vladsch.flexmark.parser.ListOptions;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.ast.NonRenderingInline;
import com.vladsch.flexmark.util.ast.TextCollectingVisitor;
import com.vladsch.flexmark.util.data.DataHolder;
import com.vladsch.flexmark.util.sequence.BasedSequence;
import com.vladsch.flexmark.util.sequence.Escaping;
import com.vladsch.flexmark.util.sequence.SubSequence;

/**
 * One Markdown document's HTML, node by node, as Flexmark's renderer writes it (see
 * {@link MarkdownHtml}, which decides that a document is one this can write).
 */
final class MarkdownWriter {
    final HtmlLines out;
    // the Markdown, and how far into it text nodes have nothing to resolve (see plain)
    private final CharSequence source;
    private final int plainEnd;

    private final HtmlRendererOptions html;
    private final ListOptions listOptions;
    private final DataHolder options;
    private final String tableClass;
    private final boolean untrusted;

    MarkdownWriter(MarkdownHtml settings, Document document) {
        this.html = settings.html;
        this.listOptions = settings.listOptions;
        this.options = settings.options;
        this.tableClass = settings.tableClass;
        this.untrusted = settings.untrusted;
        int length = document.getTextLength();
        out = new HtmlLines(new StringBuilder(length + (length >> 2) + 16), html.maxBlankLines);
        source = document.getChars() instanceof SubSequence s ? s.getBase() : null;
        plainEnd = source instanceof String s
                ? Math.min(Math.min(end(s.indexOf('\\')), end(s.indexOf('&'))), Math.min(end(s.indexOf('\r')), end(s.indexOf('\0'))))
                : 0;
    }

    private static int end(int index) {
        return index < 0 ? Integer.MAX_VALUE : index;
    }

    void children(Node parent) {
        for (Node child = parent.getFirstChild(); child != null; child = child.getNext()) node(child);
    }

    // most frequent first; handles() has made sure the class is one of these
    private void node(Node node) {
        if (node instanceof Text) {
            text(node.getChars());
        } else if (node instanceof SoftLineBreak) {
            out.raw(html.softBreak);
        } else if (node instanceof Paragraph p) {
            paragraph(p);
        } else if (node instanceof StrongEmphasis) {
            inline("strong", node);
        } else if (node instanceof Emphasis) {
            inline("em", node);
        } else if (node instanceof Link link) {
            link(link);
        } else if (node instanceof Heading h) {
            out.line().markup("<h" + h.getLevel() + ">");
            children(h);
            out.markup("</h" + h.getLevel() + ">").line();
        } else if (node instanceof TextBase) {
            children(node);
        } else if (node instanceof BulletListItem || node instanceof OrderedListItem) {
            out.line().markup("<li>");
            out.text(((ListItem) node).getMarkerSuffix().unescape());
            children(node);
            out.markup("</li>").line();
        } else if (node instanceof BulletList) {
            block("<ul>", "</ul>", node);
        } else if (node instanceof OrderedList list) {
            int start = list.getStartNumber();
            block(listOptions.isOrderedListManualStart() && start != 1 ? "<ol start=\"" + start + "\">" : "<ol>", "</ol>", node);
        } else if (node instanceof BlockQuote) {
            block("<blockquote>", "</blockquote>", node);
        } else if (node instanceof Code code) {
            out.markup("<code>").text(Escaping.collapseWhitespace(code.getText(), true)).markup("</code>");
        } else if (node instanceof HardLineBreak) {
            out.raw(html.hardBreak);
        } else if (node instanceof HtmlEntity) {
            if (html.unescapeHtmlEntities) out.text(node.getChars().unescape());
            else out.raw(node.getChars().unescapeNoEntities());
        } else if (node instanceof Strikethrough) {
            inline("del", node);
        } else if (node instanceof LinkRef ref) {
            linkRef(ref);
        } else if (node instanceof AutoLink link) {
            autoLink(link);
        } else if (node instanceof MailLink link) {
            mailLink(link);
        } else if (node instanceof Image || node instanceof ImageRef) {
            image(node);
        } else if (node instanceof HtmlInline) {
            inlineHtml(node, html.escapeInlineHtml);
        } else if (node instanceof HtmlInlineComment) {
            inlineHtml(node, html.escapeInlineHtmlComments);
        } else if (node instanceof FencedCodeBlock code) {
            fencedCode(code);
        } else if (node instanceof IndentedCodeBlock code) {
            out.line().markup("<pre>").openPre().markup("<code>");
            out.text(code.getContentChars().trimTailBlankLines().normalizeEndWithEOL());
            out.markup("</code></pre>").closePre().line();
        } else if (node instanceof ThematicBreak) {
            out.line().markup("<hr>").line();
        } else if (node instanceof HtmlBlock block) {
            htmlBlock(block);
        } else if (node instanceof HtmlCommentBlock) {
            // no line breaks of its own around it, unlike HtmlBlock
            String s = node.getChars().normalizeEOL();
            if (html.escapeHtmlCommentBlocks) out.text(s);
            else out.rawPre(s);
        } else if (node instanceof TableBlock) {
            block(tableClass.isEmpty() ? "<table>" : "<table class=\"" + attributeValue(tableClass) + "\">", "</table>", node);
        } else if (node instanceof TableHead) {
            lineBlock("thead", node);
        } else if (node instanceof TableBody) {
            lineBlock("tbody", node);
        } else if (node instanceof TableRow) {
            lineBlock("tr", node);
        } else if (node instanceof TableCaption) {
            lineBlock("caption", node);
        } else if (node instanceof TableCell cell) {
            tableCell(cell);
        } else if (!(node instanceof Reference || node instanceof TableSeparator)) { // those two write nothing
            throw new IllegalStateException("not handled: " + node.getClass());
        }
    }

    /** A text node's characters with escapes and entities resolved, as Flexmark does. */
    private void text(BasedSequence chars) {
        // most are a slice of the source with nothing to resolve: written from the source itself
        if (chars instanceof SubSequence slice && slice.getBase() == source) {
            int from = slice.getStartOffset();
            int to = slice.getEndOffset();
            if (to <= plainEnd || plain(source, from, to)) {
                out.text(source, from, to);
                return;
            }
        }
        out.text(Escaping.normalizeEOL(chars.unescape()));
    }

    private void inline(String tag, Node node) {
        out.markup("<" + tag + ">");
        children(node);
        out.markup("</" + tag + ">");
    }

    /** Lists, quotes and tables: their tags on lines of their own. */
    private void block(String open, String close, Node node) {
        out.line().markup(open).line();
        children(node);
        out.line().markup(close).line();
    }

    /** Table rows and sections: the start tag begins a line, the end tag ends one. */
    private void lineBlock(String tag, Node node) {
        out.line().markup("<" + tag + ">");
        children(node);
        out.markup("</" + tag + ">").line();
    }

    private void paragraph(Paragraph p) {
        if (p.getFirstChildAnyNot(NonRenderingInline.class) == null) return;
        // a tight list item's paragraph has no <p>
        if (p.getParent() instanceof ParagraphItemContainer item && item.isParagraphWrappingDisabled(p, listOptions, options)) {
            children(p);
        } else {
            out.line().markup("<p>");
            children(p);
            out.markup("</p>").line();
        }
    }

    private void fencedCode(FencedCodeBlock code) {
        out.line().markup("<pre>").openPre();
        BasedSequence info = code.getInfo();
        String cls = null;
        if (info.isNotNull() && !info.isBlank()) {
            String language = code.getInfoDelimitedByAny(html.languageDelimiterSet).unescape();
            cls = html.languageClassMap.getOrDefault(language, html.languageClassPrefix + language);
        } else if (!html.noLanguageClass.trim().isEmpty()) {
            cls = html.noLanguageClass.trim();
        }
        out.markup(cls == null ? "<code>" : "<code class=\"" + attributeValue(cls) + "\">");
        out.text(code.getContentChars().normalizeEOL());
        out.markup("</code></pre>").closePre().line();
    }

    private void htmlBlock(HtmlBlock block) {
        out.line();
        String s = block.getContentChars().normalizeEOL();
        if (html.escapeHtmlBlocks) {
            if (s.endsWith("\n")) s = s.substring(0, s.length() - 1);
            out.markup("<p>").text(s).markup("</p>");
        } else {
            out.rawPre(s);
        }
        out.line();
    }

    private void inlineHtml(Node node, boolean escape) {
        String s = node.getChars().normalizeEOL();
        if (escape) out.text(s);
        else out.rawPre(s);
    }

    private void tableCell(TableCell cell) {
        String tag = cell.isHeader() ? "th" : "td";
        // as MarkdownRenderer's attribute provider has it: alignment as a style, not the obsolete align
        String align = cell.getAlignment() == null ? null : switch (cell.getAlignment()) {
            case LEFT -> "left";
            case CENTER -> "center";
            case RIGHT -> "right";
        };
        out.markup(align == null ? "<" + tag + ">" : "<" + tag + " style=\"text-align:" + align + "\">");
        children(cell);
        out.markup("</" + tag + ">");
    }

    private void link(Link link) {
        if (suppressed(link.getUrl())) {
            children(link);
            return;
        }
        out.markup("<a").attribute("href", href(link.getUrl().unescape()));
        if (link.getTitle().isNotNull()) out.attribute("title", link.getTitle().unescape());
        out.markup(">");
        children(link);
        out.markup("</a>");
    }

    private void linkRef(LinkRef ref) {
        Reference reference = ref.isDefined() ? reference(ref) : null;
        if (reference == null) {
            // no such reference: the brackets stay as text
            if (!ref.hasChildren()) {
                out.text(ref.getChars().unescape());
            } else {
                out.text(ref.getChars().prefixOf(ref.getChildChars()).unescape());
                children(ref);
                out.text(ref.getChars().suffixOf(ref.getChildChars()).unescape());
            }
            return;
        }
        String url = reference.getUrl().unescape();
        if (suppressed(url)) {
            children(ref);
            return;
        }
        out.markup("<a").attribute("href", href(url));
        if (reference.getTitle().isNotNull()) out.attribute("title", reference.getTitle().unescape());
        out.markup(">");
        children(ref);
        out.markup("</a>");
    }

    private void autoLink(AutoLink link) {
        String text = link.getText().toString();
        if (suppressed(link.getUrl())) {
            out.text(text);
            return;
        }
        String url = text.startsWith("www.") ? html.autolinkWwwPrefix + text : text;
        out.markup("<a").attribute("href", href(url)).markup(">").text(text).markup("</a>");
    }

    private void mailLink(MailLink link) {
        String text = link.getText().unescape();
        if (suppressed(link.getUrl())) {
            out.text(text);
            return;
        }
        out.markup("<a").attribute("href", "mailto:" + text).markup(">").text(text).markup("</a>");
    }

    /**
     * Flexmark writes {@code <img … />}, which MarkdownRenderer renders on a scratch writer
     * (whose output loses its empty lines) and trims of its ends and slash: the same here.
     */
    private void image(Node node) {
        HtmlLines img = new HtmlLines(new StringBuilder(), 0);
        if (node instanceof Image image) {
            if (!suppressed(image.getUrl())) imageTag(node, image.getUrl().unescape(), image.getTitle(), img);
        } else {
            ImageRef ref = (ImageRef) node;
            Reference reference = ref.isDefined() ? reference(ref) : null;
            if (reference == null) {
                img.text(ref.getChars().unescape());
            } else {
                String url = reference.getUrl().unescape();
                if (!suppressed(url)) imageTag(node, url, reference.getTitle(), img);
            }
        }
        String tag = img.finish().strip();
        if (tag.endsWith(" />")) tag = tag.substring(0, tag.length() - 3) + ">";
        out.raw(tag);
    }

    private void imageTag(Node node, String url, BasedSequence title, HtmlLines img) {
        img.markup("<img").attribute("src", href(url)).attribute("alt", new TextCollectingVisitor().collectAndGetText(node));
        if (title.isNotNull()) img.attribute("title", title.unescape());
        img.markup(" />");
    }

    private boolean suppressed(CharSequence url) {
        return html.suppressedLinks != null && html.suppressedLinks.matcher(url).matches();
    }

    private String href(String url) {
        return untrusted && !MarkdownRenderer.allowedInEscapeMode(url) ? "#" : url;
    }

    private static Reference reference(RefNode ref) {
        return ref.getReferenceNode(Parser.REFERENCES.get(ref.getDocument()));
    }

    /**
     * No backslash escape or entity to resolve, no CR to make a line feed, and no NUL, which
     * Flexmark's sequences read as U+FFFD but the source string holds as it is.
     */
    private static boolean plain(CharSequence s, int from, int to) {
        for (int i = from; i < to; i++) {
            char c = s.charAt(i);
            if (c == '\\' || c == '&' || c == '\r' || c == '\0') return false;
        }
        return true;
    }

    /** An attribute value as Flexmark escapes it: entities kept, other {@code & < > "} escaped. */
    private static String attributeValue(String value) {
        StringBuilder sb = new StringBuilder(value.length() + 16);
        HtmlLines.escapeAttribute(value, sb);
        return sb.toString();
    }
}
