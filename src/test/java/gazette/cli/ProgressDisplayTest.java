package gazette.cli;

import static org.assertj.core.api.Assertions.assertThat;

import gazette.pipeline.Progress;
import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;

class ProgressDisplayTest {
    @Test
    void barShowsStageAndCounts() {
        assertThat(ProgressDisplay.bar("render", 500, 1000)).isEqualTo("render  [###############...............] 500/1,000");
        assertThat(ProgressDisplay.bar("read", 0, 0)).startsWith("read    [......");
    }

    @Test
    void logLinesWhenNotATerminal() throws InterruptedException {
        Progress p = new Progress();
        StringWriter text = new StringWriter();
        try (ProgressDisplay d = new ProgressDisplay(p, new PrintWriter(text, true), false)) {
            p.stage("read", 10);
            for (int i = 0; i < 4; i++) p.advance();
            Thread.sleep(2600); // past the quiet start of a short build
            p.stage("render", 20);
            Thread.sleep(600);
        }
        String out = text.toString();
        assertThat(out).contains("read: 4 of 10").contains("render: 0 of 20");
        assertThat(out).doesNotContain("\r").doesNotContain("\u001b");
    }

    @Test
    void aShortBuildShowsNothing() throws InterruptedException {
        Progress p = new Progress();
        StringWriter text = new StringWriter();
        try (ProgressDisplay d = new ProgressDisplay(p, new PrintWriter(text, true), true)) {
            p.stage("read", 10);
            Thread.sleep(300);
        }
        assertThat(text.toString()).isEmpty();
    }
}
