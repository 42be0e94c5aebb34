package gazette.render;

import static org.assertj.core.api.Assertions.assertThat;

import gazette.bench.CorpusGenerator;
import gazette.read.MarkdownReader;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The direct writer against Flexmark's own renderer: for every input, in both modes, the same
 * bytes. Inputs that the writer hands back to Flexmark would pass without testing anything, so the
 * writer must also take them.
 */
class MarkdownHtmlTest {
    static final MarkdownRenderer TRUSTED = new MarkdownRenderer(false);
    static final MarkdownRenderer UNTRUSTED = new MarkdownRenderer(true);

    /** Constructs news bodies use, and the corners of each: one a line, or a few lines. */
    static final List<String> SNIPPETS = List.of(
            "Entities: &copy; &#169; &#x27; &#X27; &bogus; &amp; &lt;b&gt; &#0; &#99999999; &#x110000; &nbsp;x &AMP; &#;",
            "Escapes: \\*not em\\* \\_ \\` \\# \\\\ \\[x\\] \\< \\& \\a \\\" \\! \\&copy;",
            "Text with < and > and & and \"quotes\" and 'apostrophes'.",
            "[a link](https://example.com/a?b=1&c=2 \"Title & <more> \\\"quoted\\\"\")",
            "[spaces](<https://example.com/a b c>) [unicode](https://example.com/Zürich/東京) [pct](https://example.com/%20%zz%)",
            "[parens](https://example.com/a_(b)_c) [quote](https://example.com/it's\"q) [amp](/a?x=1&amp;y=2&z;)",
            "[titles](/t 'single \"q\"') [t2](/t (paren title)) [t3](/t \"multi\nline title\")",
            "[kept entities](/u?a=\\&amp;b \"\\&amp; \\&bogus; \\&a; \\&#x27; \\&#X2f; \\&#123456789; \\&#x; &quot;\")",
            "![an *image* with **alt**](/img/a.png \"Image title\") and ![](/empty-alt.png)",
            "![alt `code` and [link](/x) &amp; &copy;](/i.png 't&#10;&#10;  q') ![a \"gull\" />](/g.jpg \"title />\")",
            "[full][Ref] [collapsed][] [shortcut] [ref] [REF][] [missing][nope] [also missing]\n\n"
                    + "[ref]: https://example.com/ref \"Ref title\"\n[collapsed]: /c\n[shortcut]: </s s> 'T'",
            "![full img][img] ![img][] ![img] ![missing img][none] ![IMG]\n\n[img]: /img/b.png",
            "[ref with\nnewline] and ![Ref   WITH newline]\n\n[ref with newline]: /nl (t\n  \n)",
            "[Straße] [STRASSE]\n\n[strasse]: /case-folded",
            "- one\n- two\n  - nested\n  - nested two\n- three",
            "- loose\n\n- list\n\n  second para",
            "* star\n+ plus\n- minus",
            "1. one\n2. two\n3. three",
            "7. seven\n8. eight\n\n0. zero",
            "3) paren\n4) delim\n\n1) restart\n\n123456789. big",
            "- item\n\n      code in list\n\n- > quote in list\n  > more",
            "1. ```\n   fenced in list\n   ```\n2. next",
            "- a\n - b\n  - c\n   - d\n    - e",
            "- \n  empty first line\n-\n\n- after empty",
            "> quote\n> > nested\n> > > deeper\nlazy continuation",
            "> quote\n\n> another quote",
            ">     code in quote\n> text",
            "> - list in quote\n> - two\n>\n> para",
            "```\nplain fence\n```",
            "```java\nif (a < b && c > d) { return \"x\"; }\n```",
            "~~~ python extra words\nprint('<&>')\n~~~",
            "```\n<div>&amp;</div>\n\n\n\ttabbed\n  spaced\n```",
            "```a&amp;b\\*c\nx\n```",
            "````\n```\nnested fence\n```\n````",
            "```\nunclosed fence\n",
            "    indented code\n    <b>&amp;</b>\n\n\n    after blanks\n\n",
            "Setext one\n===\n\nSetext two\n---",
            "# H1\n## H2 ##\n### H3 ###   \n#### H4 #not\n##### H5\n###### H6\n####### not a heading",
            "#\n# \n## trailing hashes ########\n# *emphasis* and [link](/h) in heading #",
            "Hard break with spaces  \nand backslash\\\nand end  ",
            "Soft\nbreak\nlines",
            "<div>\n*not markdown*\n</div>",
            "<div class=\"note\">Raw <em>HTML</em></div>\n\nafter",
            "<script>\nalert(1)\n\nstill script\n</script>",
            "<pre>\n  pre   text\n\n\n</pre>",
            "<style>p{color:red}</style>",
            "<!-- a comment -->",
            "<!-- multi\n\n  line comment -->\ntext",
            "<?php echo 1; ?>",
            "<!DOCTYPE html>",
            "<![CDATA[\n<x>\n]]>",
            "<custom-element attr=\"1\">\n\n</custom-element>",
            "<table><tr><td>\n\n**md**\n\n</td></tr></table>",
            "Inline <span class=\"x\">html</span> and <b\n   title=\"t\">multi-line</b> and <!-- c --> and <?pi?> and <![CDATA[x]]>",
            "  <div>\n   indented block\n  </div>",
            "| Left | Centre | Right | None |\n|:-----|:------:|------:|------|\n| a | b | c | d |\n| `\\|` | **e** | f \\| g | |",
            "| a | b |\n|---|---|\n| 1 |\n| 1 | 2 | 3 |",
            "a | b\n--|--\nc | d",
            "| only header |\n|---|",
            "|x|\n|-|\n|y|",
            "| a |\n| --- |\n| b |\n[caption]",
            "~~struck~~ and ~single~ and ~~ spaced ~~ and ~~~triple~~~",
            "*em* _em_ **strong** __strong__ ***both*** *nested **strong** em* **a*b*c**",
            "`code` ``co`de`` ` spaced ` `a\nb` ``` `` ``` `<&>`",
            "<https://example.com/auto?a=1&b=2> <mailto:x@y.org> <mail@example.org> <HTTP://UPPER.EXAMPLE>",
            "Bare https://example.org/path?x=1&y=2. and www.example.com, and news@example.org!",
            "Bare http://example.com/(paren) and https://example.com/trailing. WWW.UPPER.COM ftp://files.example.org",
            "Emails: a.b+c@example.co.uk, (x@y.org), <z@w.org>.",
            "www.example.com/path?q=a&b=c#frag",
            "non-ASCII: Zürich, 東京, Москва, emoji 😀, nbsp\u00a0here, \u2028sep",
            "CRLF line\r\nends\r\n\r\n- item\r\n- item\r\n\r\n```\r\ncode\r\n```\r\n",
            "lone\rCR",
            "",
            "   \n\t\n  ",
            "[js](javascript:alert(1)) [JS](JavaScript:alert(2)) [ent](&#106;avascript:alert(3)) [vb](vbscript:x) [data](data:text/html,x)",
            "![js img](javascript:alert(1)) ![JS img](JAVASCRIPT:x) <javascript:alert(1)> [ref js][jsr] ![ref js img][jsr]\n\n[jsr]: javascript:alert(4)",
            "[tab](<java\tscript:x>) [REF JS][jsr2]\n\n[jsr2]: JAVASCRIPT:alert(5)",
            "***\n---\n___\n* * *",
            "Text\n***\nmore",
            "&#10;&#10;entity newlines&#10;  and &#32;spaces &#9;tab",
            "a&#10;&#10;&#10;&#10;b",
            "CR entities a&#13;&#10;&#13;&#10;&#13;&#10;b [x](/u \"t&#13;&#10;&#13;&#10;u\") ![&#13;&#13;&#10;y](/i \"&#13;&#10;&#13;&#10;v\")",
            "![undefined&#10;\r\n&#x110000;ref] [undefined\r\nlink][]&#13;",
            "NUL \u0000 in text, `code \u0000`, [link\u0000](/u\u0000 \"t\u0000\") <b\u0000> &#0;\n\n    \u0000 code\n\n<div>\u0000</div>",
            "\t\ttabbed start\n\t- tab list",
            "[link *with* `code` and ![img](/i.png)](/target)",
            "[![badge](/b.svg)](https://example.com/)",
            "Trailing spaces   \nline  \n",
            "*unclosed emphasis and **strong",
            "\\\n\\",
            "Para\n    not code\n\n+ \n+ empty item",
            "- [ ] task\n- [x] done",
            "1. a\n1. b\n1. c",
            "Autolink in code `https://example.org` and in link [https://x.org](https://y.org)",
            "<a href=\"x\">raw link</a> <img src=x onerror=alert(3)>");

    @Test
    void everyConstructPage() throws IOException {
        try (InputStream in = MarkdownHtmlTest.class.getResourceAsStream("/gazette/pipeline/every-construct.md")) {
            assertSame(MarkdownReader.body(new String(in.readAllBytes(), StandardCharsets.UTF_8)));
        }
    }

    @Test
    void generatedArchive(@TempDir Path dir) throws IOException {
        new CorpusGenerator().generate(dir, 300, 30, 20240307);
        List<Path> files;
        try (Stream<Path> walk = Files.walk(dir)) {
            files = walk.filter(Files::isRegularFile).sorted().toList();
        }
        assertThat(files).hasSize(300);
        for (Path file : files) {
            String text = Files.readString(file);
            // the scraped text articles too, though the build does not read them as Markdown
            assertSame(file.toString().endsWith(".md") ? MarkdownReader.body(text) : text);
        }
    }

    @Test
    void snippets() {
        assertThat(SNIPPETS).hasSizeGreaterThanOrEqualTo(60);
        for (String md : SNIPPETS) assertSame(md);
    }

    @Test
    void treesTooDeepForTheWriterGoToFlexmark() {
        for (String md : List.of(">".repeat(MarkdownHtml.MAX_DEPTH + 5) + " x", "*".repeat(120) + "x" + "*".repeat(120))) {
            assertThat(TRUSTED.renderDirectly(md)).isNull();
            assertThat(TRUSTED.render(md)).isEqualTo(TRUSTED.renderWithFlexmark(md));
        }
        assertThat(TRUSTED.renderDirectly(">".repeat(MarkdownHtml.MAX_DEPTH - 2) + " x")).isNotNull();
    }

    @Property(tries = 400)
    void randomMixturesOfSnippets(@ForAll("mixtures") String md) {
        assertSame(md);
    }

    @Provide
    Arbitrary<String> mixtures() {
        Arbitrary<String> separator = Arbitraries.of("", "\n", "\n\n", " ", "\n\n\n", "\n> ", "\n- ", "\n1. ", "\n    ", "  \n",
                "\r\n", "\r", "\t", "\n|", "*", "**", "`", "[", "](/x)", "<", "&", "\\", "~~", "#", "\n---\n", "\n```\n", "&#10;",
                "&#13;", "\u0000", "\uFEFF", "\u2028", "\uD800");
        Arbitrary<String> piece = Combinators.combine(Arbitraries.of(SNIPPETS), separator).as(String::concat);
        return piece.list().ofMinSize(1).ofMaxSize(6).map(pieces -> String.join("", pieces));
    }

    static void assertSame(String md) {
        for (MarkdownRenderer renderer : List.of(TRUSTED, UNTRUSTED)) {
            String direct = renderer.renderDirectly(md);
            assertThat(direct).as("handled by the writer: %s", md).isNotNull();
            assertThat(direct).as("rendering of %s", md).isEqualTo(renderer.renderWithFlexmark(md));
            assertThat(renderer.render(md)).isEqualTo(direct);
        }
    }
}
