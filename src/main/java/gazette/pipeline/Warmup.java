package gazette.pipeline;

import gazette.render.MarkdownRenderer;
import gazette.render.Messages;
import gazette.render.Templates;
import gazette.render.ThemeFiles;
import gazette.site.Settings;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * The first use of what a build renders with, on a thread of its own while the build loads its
 * state and walks the content: the theme packed in the jar, ICU's plural rules, Freemarker and
 * Flexmark. In a fresh process their classes and first calls take about a tenth of a build that
 * renders one page, on one core, while the state is read on the other. Once a process. What it
 * makes is thrown away (the theme stays read, as {@link ThemeFiles} keeps it once a process), and
 * a failure is left to the build, which meets it where it always does and says so.
 */
final class Warmup {
    private static final AtomicBoolean STARTED = new AtomicBoolean();

    private Warmup() {}

    static void start(Settings settings, Path templates) {
        if (!STARTED.compareAndSet(false, true)) return;
        Thread t = new Thread(() -> run(settings, templates), "gazette-warmup");
        t.setDaemon(true);
        t.start();
    }

    /**
     * The work itself, here and now: it reads the theme in the jar, and of the templates folder the
     * words ({@code messages/}) and {@code article.ftlh} with what it imports; writes nothing, and throws nothing.
     */
    static void run(Settings settings, Path templates) {
        try {
            Messages messages = Messages.load(templates, settings.locale());
            messages.format(12345);
            new MarkdownRenderer(settings.escapeMarkdownHtml()).render("# A headline\n\nA *paragraph* with [a link](https://example.org/) and `code`.\n\n> A quote.\n");
            new Templates(templates, Duration.ofSeconds(settings.renderTimeout()), messages).load(List.of("article.ftlh"));
        } catch (Throwable e) {
            // anything at all: the build reads the same files and meets the same failure, with its message
        }
    }
}
