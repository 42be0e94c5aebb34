package gazette.render;

import static org.assertj.core.api.Assertions.assertThat;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

/** Raw HTML passed through or escaped, script links disabled when escaping, and HTML5 void elements and alignment. */
class MarkdownRawHtmlTest {
    static final String RAW = """
            Intro <b onclick="alert(1)">bold</b> and <script>alert(1)</script> inline.

            <div onmouseover="alert(2)"><img src=x onerror=alert(3)></div>

            <!-- a comment --> <iframe src="https://example.org/"></iframe>
            """;

    @Test
    void rawHtmlIsPassedThroughByDefault() {
        Document d = Jsoup.parseBodyFragment(new MarkdownRenderer().render(RAW));
        assertThat(d.select("script")).hasSize(1);
        assertThat(d.select("b[onclick]")).hasSize(1);
        assertThat(d.select("div[onmouseover] img[onerror]")).hasSize(1);
        assertThat(d.select("iframe")).hasSize(1);
    }

    @Test
    void escapedRawHtmlIsShownAsText() {
        String html = new MarkdownRenderer(true).render(RAW);
        Document d = Jsoup.parseBodyFragment(html);
        assertThat(d.body().select("*").stream().map(Element::tagName).distinct()).containsOnly("body", "p");
        assertThat(d.body().text()).contains("<b onclick=\"alert(1)\">bold</b>", "<script>alert(1)</script>",
                "<img src=x onerror=alert(3)>", "<!-- a comment -->", "<iframe src=\"https://example.org/\"></iframe>");
    }

    @Test
    void escapingAlsoDisablesLinksThatRunScript() {
        String md = """
                [a](javascript:alert(1)) [b](JaVaScRiPt:alert(2)) [c](&#106;avascript:alert(3)) [d](vbscript:msgbox)
                [e](data:text/html;base64,PHNjcmlwdD4=) [f][ref] ![g](JAVASCRIPT:alert(4)) [h](<java	script:alert(5)>)
                [ok](https://example.org/a) [rel](../b/) [mail](mailto:news@example.org) <https://example.com/x>

                [ref]: javascript:alert(6)
                """;
        Document d = Jsoup.parseBodyFragment(new MarkdownRenderer(true).render(md));
        // Flexmark itself shows a lower-case javascript: link as its text (a, f), and no link at all for h;
        // the rest are disabled here
        assertThat(d.select("a").eachAttr("href")).containsExactly("#", "#", "#", "#",
                "https://example.org/a", "../b/", "mailto:news@example.org", "https://example.com/x");
        assertThat(d.select("a").eachText()).startsWith("b", "c", "d", "e");
        assertThat(d.select("img").attr("src")).isEqualTo("#");
        // trusted editors keep what they link
        Document trusted = Jsoup.parseBodyFragment(new MarkdownRenderer().render("[a](data:text/plain,hello) [b](VBScript:x)"));
        assertThat(trusted.select("a").eachAttr("href")).containsExactly("data:text/plain,hello", "VBScript:x");
    }

    @Test
    void schemesAreRecognisedAsBrowsersDo() {
        assertThat(MarkdownRenderer.runsScript("javascript:x")).isTrue();
        assertThat(MarkdownRenderer.runsScript(" \tjava\nscript:x")).isTrue();
        assertThat(MarkdownRenderer.runsScript("DATA:text/html,x")).isTrue();
        assertThat(MarkdownRenderer.runsScript("https://example.org/javascript:x")).isFalse();
        assertThat(MarkdownRenderer.runsScript("/javascript")).isFalse();
        assertThat(MarkdownRenderer.runsScript("javascript")).isFalse();
    }

    @Test
    void tooDeeplyNestedMarkdownIsShownAsEscapedText() {
        assertThat(MarkdownRenderer.plainText("<b>a</b> & \"q\"\n\n\n> b\r\n\r\nc")).isEqualTo(
                "<p>&lt;b&gt;a&lt;/b&gt; &amp; &quot;q&quot;</p>\n<p>&gt; b</p>\n<p>c</p>\n");
    }

    @Test
    void voidElementsHaveNoXhtmlSlashAndAlignmentIsAStyle() {
        String html = new MarkdownRenderer().render("""
                A hard break\\
                and another one  \s
                here.

                ***

                ![a "gull" />](https://example.org/gull.jpg "title />") and ![ref][g]

                | Day | High | Low | Note |
                |:----|-----:|:---:|------|
                | Mon | 4.2 | 0.8 | calm |

                [g]: https://example.org/g.png
                """);
        assertThat(html).doesNotContain("/>").doesNotContain("align=");
        assertThat(html).contains("<br>\nand another one<br>\nhere.", "\n<hr>\n",
                "<img src=\"https://example.org/gull.jpg\" alt=\"a &quot;gull&quot; /&gt;\" title=\"title /&gt;\"> and <img src=\"https://example.org/g.png\" alt=\"ref\">",
                "<th style=\"text-align:left\">Day</th><th style=\"text-align:right\">High</th><th style=\"text-align:center\">Low</th><th>Note</th>",
                "<td style=\"text-align:left\">Mon</td>");
    }
}
