package gazette.render;

import static org.assertj.core.api.Assertions.assertThat;

import com.vladsch.flexmark.html.HtmlRenderer;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.data.MutableDataSet;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** Flexmark with {@link QuickInlineParser} gives the tree flexmark's own inline parser gives. */
public class QuickInlineParserTest {
    /** Links and pictures with and without titles, spaces and line ends inside, references, autolinks, code, entities, HTML. */
    private static final String[] PIECES = {"[a](", "[a]", "](", "](<", ">)", "](/x", " \"t\")", " 't')", " (t))", ")", "(", "[", "]", "![p](", "\n", "  \n",
        " ", "\t", "word", "*em*", "**b**", "`c`", "``", "<https://e.org>", "https://e.org/x", "&amp;", "&#x41;", "\\]", "\\(", "<b>", "</b>",
        "[r]: /u \"T\"\n", "[r]", "[r][]", "~~s~~", "| a | b |\n|---|---|\n| 1 | 2 |\n", "\n\n", "# h\n", "> q\n", "é", "東京"};

    /** Each node with its kind, its place in the source and its parts, indented by depth. */
    private static String tree(Node node, StringBuilder out, int depth) {
        out.append("  ".repeat(depth)).append(node.toAstString(true)).append('\n');
        for (Node child : node.getChildren()) tree(child, out, depth + 1);
        return out.toString();
    }

    @Test
    void givesWhatFlexmarksOwnParserGives() {
        // as MarkdownRenderer sets them: with autolinks (its main parser) and without, raw HTML kept or escaped
        MutableDataSet main = MarkdownRenderer.options(false);
        MutableDataSet plain = MarkdownRenderer.withoutAutolinks(MarkdownRenderer.options(true));
        for (MutableDataSet options : List.of(main, plain)) compare(options, new Random(17));
    }

    private static void compare(MutableDataSet options, Random random) {
        Parser own = Parser.builder(options).build();
        Parser quick = QuickInlineParser.parser(options);
        HtmlRenderer html = HtmlRenderer.builder(options).build();
        for (int round = 0; round < 10_000; round++) {
            StringBuilder text = new StringBuilder();
            int pieces = random.nextInt(25);
            for (int k = 0; k < pieces; k++) text.append(PIECES[random.nextInt(PIECES.length)]);
            String md = text.toString();
            var expected = own.parse(md);
            var got = quick.parse(md);
            assertThat(html.render(got)).as(md).isEqualTo(html.render(expected));
            // the source positions too: what the Markdown writer and the line checks read
            assertThat(tree(got, new StringBuilder(), 0)).as(md).isEqualTo(tree(expected, new StringBuilder(), 0));
        }
    }
}
