package gazette.render;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class MarkdownRendererTest {
    final MarkdownRenderer md = new MarkdownRenderer();

    @Test
    void rendersCommonMarkTablesStrikethroughAndAutolinks() {
        assertThat(md.render("# T\n\n~~old~~ and **new**")).contains("<h1>T</h1>").contains("<del>old</del>").contains("<strong>new</strong>");
        assertThat(md.render("| a | b |\n|---|---|\n| 1 | 2 |\n")).contains("<table>").contains("<td>1</td>");
        assertThat(md.render("See https://example.org/report today.")).contains("<a href=\"https://example.org/report\">https://example.org/report</a>");
        assertThat(md.render("Mail desk@example.org or www.example.org")).contains("href=\"mailto:desk@example.org\"").contains("href=\"http://www.example.org\"");
    }

    @Test
    void skipsTheAutolinkScanOnlyWhenNothingCouldBeLinked() {
        assertThat(MarkdownRenderer.needsAutolinks("A [link](https://example.com/x) and <https://example.org>.")).isFalse();
        assertThat(MarkdownRenderer.needsAutolinks("Plain text.")).isFalse();
        assertThat(MarkdownRenderer.needsAutolinks("A [link](https://example.com/x) then https://bare.example")).isTrue();
        assertThat(MarkdownRenderer.needsAutolinks("[https://in.text](https://x.org)")).isTrue();
        assertThat(MarkdownRenderer.needsAutolinks("write to a@b.org")).isTrue();
        assertThat(MarkdownRenderer.needsAutolinks("go to www.example.org")).isTrue();
        // the two parsers agree wherever the scan is skipped
        String body = "Para with [a link](https://example.com/a \"t\") and *stress*.\n\n> quote <https://x.org/y>\n";
        assertThat(MarkdownRenderer.needsAutolinks(body)).isFalse();
        assertThat(md.render(body)).isEqualTo(md.renderWithAutolinks(body)).contains("<a href=\"https://x.org/y\">");
    }

    @Test
    void deepNestingIsShownAsTextAtAFixedDepthWhateverTheThreadsStack() throws Exception {
        for (int depth : new int[] {MarkdownRenderer.MAX_NESTING - 2, MarkdownRenderer.MAX_NESTING + 5, 20_000}) {
            String body = ">".repeat(depth) + " The innermost quote.";
            String small = onThread(body, 512 * 1024);
            String large = onThread(body, 256L << 20);
            assertThat(small).as("depth %d", depth).isEqualTo(large);
            if (depth < MarkdownRenderer.MAX_NESTING) assertThat(small).contains("<blockquote>").doesNotContain("&gt;");
            else assertThat(small).doesNotContain("<blockquote>").contains("&gt; The innermost quote.");
        }
    }

    private String onThread(String body, long stack) throws InterruptedException {
        String[] html = new String[1];
        Thread t = new Thread(null, () -> html[0] = md.render(body), "render", stack);
        t.start();
        t.join();
        return html[0];
    }
}
