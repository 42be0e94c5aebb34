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
import com.vladsch.flexmark.ast.MailLink;
import com.vladsch.flexmark.ast.OrderedList;
import com.vladsch.flexmark.ast.OrderedListItem;
import com.vladsch.flexmark.ast.Paragraph;
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
import com.vladsch.flexmark.ext.tables.TablesExtension;
import com.vladsch.flexmark.html.HtmlRendererOptions;
import com.vladsch.flexmark.parser.ListOptions;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.data.DataHolder;
import java.util.Set;

/**
 * Flexmark's node tree to the HTML its {@code HtmlRenderer} would make, written straight into
 * one StringBuilder.
 *
 * <p>Why: Flexmark's renderer passes every character through a line appendable, one call and
 * several checks per character, and that costs as much as parsing. {@link Lines} keeps only the
 * appendable's rules that show in the output. A document with a node this does not render exactly
 * as Flexmark does (or nested deeper than {@link #MAX_DEPTH}) gets null, and the caller hands it
 * to Flexmark: an unknown construct can only be slower, never different. MarkdownHtmlTest holds
 * the two to the same bytes.
 */
final class MarkdownHtml {
    /** Deeper trees go to Flexmark, so that its StackOverflowError (and the fallback) stays as it was. */
    static final int MAX_DEPTH = 48;

    private static final Set<Class<?>> HANDLED_SET = Set.of(Document.class, Paragraph.class, Heading.class, Text.class,
            TextBase.class, Emphasis.class, StrongEmphasis.class, Code.class, SoftLineBreak.class, HardLineBreak.class,
            Link.class, LinkRef.class, Image.class, ImageRef.class, Reference.class, AutoLink.class, MailLink.class,
            BulletList.class, OrderedList.class, BulletListItem.class, OrderedListItem.class, BlockQuote.class,
            FencedCodeBlock.class, IndentedCodeBlock.class, ThematicBreak.class, HtmlBlock.class, HtmlInline.class,
            HtmlCommentBlock.class, HtmlInlineComment.class, HtmlEntity.class, Strikethrough.class, TableBlock.class,
            TableHead.class, TableBody.class, TableSeparator.class, TableRow.class, TableCell.class, TableCaption.class);
    // asked once for every node of every document: cached per class
    private static final ClassValue<Boolean> HANDLED = new ClassValue<>() {
        @Override
        protected Boolean computeValue(Class<?> type) {
            return HANDLED_SET.contains(type);
        }
    };

    final HtmlRendererOptions html;
    final ListOptions listOptions;
    final DataHolder options;
    final String tableClass;
    final boolean untrusted;

    /**
     * @param options   the options the parser and Flexmark's renderer were built with
     * @param untrusted disable links to script addresses, as MarkdownRenderer's attribute provider does
     */
    MarkdownHtml(DataHolder options, boolean untrusted) {
        this.html = new HtmlRendererOptions(options);
        this.listOptions = ListOptions.get(options);
        this.options = options;
        this.tableClass = TablesExtension.CLASS_NAME.get(options);
        this.untrusted = untrusted;
    }

    /** The HTML, or null when the tree has a node this does not render as Flexmark would. */
    String render(Document document) {
        if (!handles(document)) return null;
        MarkdownWriter writer = new MarkdownWriter(this, document);
        writer.children(document);
        return writer.out.finish();
    }

    /** Every node of a handled class, none nested too deep, none in a state rendered differently. */
    private static boolean handles(Document document) {
        int depth = 0;
        Node node = document;
        while (true) {
            if (!HANDLED.get(node.getClass()) || depth > MAX_DEPTH) return false;
            // inner HTML blocks and multi-line image URLs are parser options left off; check rather than trust
            if (node instanceof HtmlBlock && node.hasChildren()) return false;
            if (node instanceof Image image && !image.getUrlContent().isEmpty()) return false;
            Node next = node.getFirstChild();
            if (next != null) {
                depth++;
            } else {
                while (node != document && node.getNext() == null) {
                    node = node.getParent();
                    depth--;
                }
                if (node == document) return true;
                next = node.getNext();
            }
            node = next;
        }
    }
}
