package gazette.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
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
    void escapeModeLetsThroughOnlyHttpHttpsMailtoAndAddressesWithoutAScheme() {
        assertThat(MarkdownRenderer.allowedInEscapeMode("https://example.org/javascript:x")).isTrue();
        assertThat(MarkdownRenderer.allowedInEscapeMode(" HTTP://example.org/")).isTrue();
        assertThat(MarkdownRenderer.allowedInEscapeMode("mailto:news@example.org")).isTrue();
        assertThat(MarkdownRenderer.allowedInEscapeMode("../b/?q=a:b&c=d#x:y")).isTrue();
        assertThat(MarkdownRenderer.allowedInEscapeMode("/javascript")).isTrue();
        assertThat(MarkdownRenderer.allowedInEscapeMode("javascript")).isTrue();
        assertThat(MarkdownRenderer.allowedInEscapeMode("javascript:x")).isFalse();
        assertThat(MarkdownRenderer.allowedInEscapeMode(" \tjava\nscript:x")).isFalse();
        assertThat(MarkdownRenderer.allowedInEscapeMode("DATA:text/html,x")).isFalse();
        assertThat(MarkdownRenderer.allowedInEscapeMode("ftp://example.org/")).isFalse();
        // what the browser decodes in the attribute
        assertThat(MarkdownRenderer.allowedInEscapeMode("javascript&colon;x")).isFalse();
        assertThat(MarkdownRenderer.allowedInEscapeMode("javascript&#58x")).isFalse();
        assertThat(MarkdownRenderer.allowedInEscapeMode("java&Tab;script:x")).isFalse();
        assertThat(MarkdownRenderer.allowedInEscapeMode("java\u0000script:x")).isFalse();
    }

    /** Each payload written as it ran script in Chromium before: entities the browser decodes a second time. */
    public static final String SMUGGLED = """
            [a](javascript&amp;colon;document.documentElement.dataset.pwned=1)
            [b](javascript&amp;#58;document.documentElement.dataset.pwned=2)
            [c](java&amp;Tab;script:document.documentElement.dataset.pwned=3)
            [d][r]
            ![e](javascript&amp;colon;document.documentElement.dataset.pwned=5)
            [f](data&amp;colon;text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==)
            [g](javascript&amp;#58document.documentElement.dataset.pwned=7)
            [h](&#106;avascript&amp;colon;document.documentElement.dataset.pwned=8)
            [i](java&amp;NewLine;script&amp;colon;document.documentElement.dataset.pwned=9)
            [ok](https://example.org/a?x=1&amp;y=2) [rel](../b/) [mail](mailto:news@example.org)

            [r]: javascript&amp;colon;document.documentElement.dataset.pwned=4
            """;

    @Test
    void escapeModeDecidesOnTheAddressAsTheBrowserReadsIt() {
        Document d = Jsoup.parseBodyFragment(new MarkdownRenderer(true).render(SMUGGLED));
        // jsoup decodes attributes as a browser does; the URL parser then drops tabs and newlines
        List<String> seen = new ArrayList<>();
        d.select("a[href], img[src]").forEach(e -> seen.add(e.attr(e.tagName().equals("a") ? "href" : "src").replaceAll("[\t\n\r]", "").strip()));
        assertThat(seen).hasSize(12).allSatisfy(url -> assertThat(url.toLowerCase(java.util.Locale.ROOT))
                .satisfiesAnyOf(u -> assertThat(u).isEqualTo("#"), u -> assertThat(u).startsWith("https:"),
                        u -> assertThat(u).startsWith("mailto:"), u -> assertThat(u).startsWith("../")));
        assertThat(seen).endsWith("https://example.org/a?x=1&y=2", "../b/", "mailto:news@example.org");
        // and Flexmark's own renderer, which takes the documents the direct writer leaves, agrees
        assertThat(new MarkdownRenderer(true).renderWithFlexmark(SMUGGLED)).isEqualTo(new MarkdownRenderer(true).render(SMUGGLED));
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
