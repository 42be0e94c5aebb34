package gazette.read;

import static org.assertj.core.api.Assertions.assertThat;

import gazette.read.text.TextArticle;
import gazette.read.text.TextArticleReader;
import gazette.render.MarkdownRenderer;
import gazette.render.TextArticleHtml;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.EdgeCasesMode;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import net.jqwik.api.statistics.Statistics;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;

/**
 * Random and mutated articles fed to the readers and renderers: a reader may reject a file only
 * with a {@link ContentException} (which becomes one line for the user), and rendering never
 * throws. Seeds are real articles (a few of the sample archive's, copied into the test
 * resources, and the text article fixtures), mutated byte by byte and line by line.
 */
@net.jqwik.api.Tag("slow") // jqwik's own tag, which its engine reports to the platform; thousands of random and mutated files
class ReaderFuzzTest {
    static final ZoneId ZONE = ZoneId.of("Europe/London");
    static final MarkdownReader MARKDOWN = new MarkdownReader(ZONE);
    static final TextArticleReader TEXT = new TextArticleReader();
    static final MarkdownRenderer PASS = new MarkdownRenderer();
    static final MarkdownRenderer ESCAPE = new MarkdownRenderer(true);

    static final List<byte[]> MARKDOWN_SEEDS = resources("fuzz-seeds",
            "ferries-cancelled.md", "winter-ferry-timetable.md", "sister-city-tokyo.md", "harbour-at-200.md");
    static final List<byte[]> TEXT_SEEDS = resources("text-articles",
            "bbc-style.txt", "crlf-bom.txt", "entities-script.txt", "example-shape.txt", "japanese-header.txt",
            "no-date.txt", "single-newline.txt", "stray-cp1252.txt");

    // ---- properties ---------------------------------------------------------------------------

    @Property(tries = 1000, edgeCases = EdgeCasesMode.MIXIN)
    void markdownReaderRejectsOnlyWithAContentError(@ForAll("markdownFiles") byte[] file) {
        readMarkdown(file);
        // a generator that mangles nearly every file would test the error path alone
        coverage("markdown", 20, 10);
    }

    @Property(tries = 1000, edgeCases = EdgeCasesMode.MIXIN)
    void textReaderRejectsOnlyWithAContentError(@ForAll("textFiles") byte[] file) {
        readText(file);
        coverage("text", 25, 10);
    }

    @Property(tries = 500, edgeCases = EdgeCasesMode.MIXIN)
    void markdownRenderingNeverThrows(@ForAll("markdownFiles") byte[] file) {
        String text = new String(file, StandardCharsets.UTF_8);
        String body = MarkdownReader.body(text);
        String trusted = PASS.render(body);
        String untrusted = ESCAPE.render(body);
        // escaping raw HTML changes nothing in a body that has none, nor any address to check
        boolean plain = body.indexOf('<') < 0 && body.indexOf(':') < 0 && body.indexOf('&') < 0;
        Statistics.label("body").collect(plain ? "plain" : "with markup");
        if (plain) assertThat(untrusted).isEqualTo(trusted);
        Statistics.label("body").coverage(c -> c.check("plain").percentage(p -> p >= 5));
        Document escaped = Jsoup.parseBodyFragment(untrusted);
        // with raw HTML escaped, whatever the input, nothing in it becomes an element that runs code
        assertThat(escaped.select("script, iframe, object, embed, style, [onerror], [onclick], [onload]")).isEmpty();
    }

    @Property(tries = 500, edgeCases = EdgeCasesMode.MIXIN)
    void textArticleHtmlNeverThrowsAndIsOnlyText(@ForAll("textFiles") byte[] file) {
        TextArticle a = readText(file);
        coverage("text", 25, 10);
        if (a == null) return;
        Document html = Jsoup.parseBodyFragment(TextArticleHtml.render(a.blocks()));
        assertThat(html.body().select("*").stream().map(e -> e.tagName()).distinct())
                .isSubsetOf("body", "p", "figure", "figcaption", "span", "a");
        assertThat(html.select("a").eachAttr("href")).allMatch(h -> h.regionMatches(true, 0, "http", 0, 4));
        // every paragraph is on the page as text, whatever it holds
        for (String p : a.paragraphs()) assertThat(html.body().wholeText()).contains(p);
    }

    @Property(tries = 500, edgeCases = EdgeCasesMode.MIXIN)
    void frontMatterOfRandomValuesIsReadOrRejectedInOneLine(@ForAll("frontMatter") String file) {
        readMarkdown(file.getBytes(StandardCharsets.UTF_8));
        coverage("markdown", 8, 10);
    }

    /** The generators must give readable files and broken ones often enough for both paths to be tested. */
    private static void coverage(String label, double readPercent, double rejectedPercent) {
        Statistics.label(label).coverage(c -> {
            c.check("read").percentage(p -> p >= readPercent);
            c.check("rejected").percentage(p -> p >= rejectedPercent);
        });
    }

    // ---- inputs no random walk is likely to find -------------------------------------------------

    @Example
    void deeplyNestedYamlIsAContentError() {
        for (String yaml : List.of("x: " + "[".repeat(100_000), "x: " + "{a: ".repeat(50_000), nestedBlock(3_000))) {
            byte[] file = ("---\ntitle: T\ndate: 2024-03-07\n" + yaml + "\n---\nBody.\n").getBytes(StandardCharsets.UTF_8);
            assertThat(readMarkdown(file)).isNull();
        }
    }

    @Example
    void aliasBombsAreRefused() {
        StringBuilder yaml = new StringBuilder("a0: &a0 [x, x, x, x, x, x, x, x, x, x]\n");
        for (int i = 1; i < 10; i++) yaml.append("a").append(i).append(": &a").append(i).append(" [").append(("*a" + (i - 1) + ", ").repeat(9)).append("*a").append(i - 1).append("]\n");
        assertThat(readMarkdown(("---\ntitle: T\ndate: 2024-03-07\n" + yaml + "---\nBody.\n").getBytes(StandardCharsets.UTF_8))).isNull();
    }

    @Example
    void deeplyNestedMarkdownStillRenders() throws InterruptedException {
        StringBuilder list = new StringBuilder();
        for (int i = 0; i < 1_000; i++) list.append("  ".repeat(i)).append("- <b>x</b>\n");
        List<String> inputs = List.of(">".repeat(50_000) + " <script>x</script>", list.toString(), "*".repeat(20_000) + "x" + "*".repeat(20_000),
                "[".repeat(50_000) + "x" + "](u)".repeat(50_000), "<div>".repeat(50_000));
        List<Throwable> failures = new ArrayList<>();
        // the build renders on pool threads, whose stacks are the JVM's default size, not the main thread's
        Thread worker = new Thread(null, () -> {
            try {
                for (String md : inputs) {
                    assertThat(PASS.render(md)).isNotEmpty();
                    assertThat(Jsoup.parseBodyFragment(ESCAPE.render(md)).select("script, b")).isEmpty();
                }
            } catch (Throwable t) {
                failures.add(t);
            }
        }, "render", 1L << 20);
        worker.start();
        worker.join();
        assertThat(failures).isEmpty();
    }

    // ---- generators ---------------------------------------------------------------------------

    @Provide
    Arbitrary<byte[]> markdownFiles() {
        return mix(mutated(MARKDOWN_SEEDS), "---\ntitle: T\ndate: 2024-03-07\n---\n");
    }

    @Provide
    Arbitrary<byte[]> textFiles() {
        return mix(mutated(TEXT_SEEDS), "date 2024-03-07\nTitle\n\n");
    }

    /** Mostly mutated seeds; then random Markdown-like text after a valid header, alone, and random bytes. */
    private static Arbitrary<byte[]> mix(Arbitrary<byte[]> mutatedSeeds, String header) {
        Arbitrary<byte[]> afterHeader = markdownish().map(s -> (header + s).getBytes(StandardCharsets.UTF_8));
        Arbitrary<byte[]> alone = markdownish().map(s -> s.getBytes(StandardCharsets.UTF_8));
        Arbitrary<byte[]> bytes = Arbitraries.bytes().array(byte[].class).ofMaxSize(600);
        return Arbitraries.frequencyOf(List.of(Tuple.of(6, mutatedSeeds), Tuple.of(2, afterHeader), Tuple.of(1, alone), Tuple.of(1, bytes)));
    }

    @Provide
    Arbitrary<String> frontMatter() {
        Arbitrary<String> key = Arbitraries.of("tags", "author", "authors", "source", "summary", "slug", "draft", "updated", "lastmod",
                "image", "section", "x", "title", "date", "? title", "- x", "");
        Arbitrary<String> value = Arbitraries.oneOf(
                Arbitraries.of("", "~", "null", "true", "no", "[]", "{}", "[a, b", "{a: [b]}", "'quoted", "\"x\\q\"", "&a x", "*a", "!!binary aGk=",
                        "!!java.io.File /", "2024-03-07", "2024-13-45", "2024-02-30T10:00:00Z", "2024-03-07T09:30:00+25:00", "99999-01-01",
                        "-0001-01-01", "1e309", "0x1F", ".inf", "|\n  block\n  text", ">\n  folded", "[" + "[".repeat(40) + "]".repeat(41),
                        "[a, [b], {c: d}]", "\"\\u0000\\e\\u202e\""),
                Arbitraries.strings().ofMaxLength(40).map(v -> "\"" + v.replace("\\", "\\\\").replace("\"", "\\\"") + "\""),
                Arbitraries.strings().withChars("[]{}:,-?&*!|>'\"%@`#\\ \t\nab\u0000\u001b\u2028\uFEFF").ofMaxLength(30));
        Arbitrary<String> line = Combinators.combine(key, Arbitraries.of(": ", ": ", ":", ":\n  - ", ": |\n  "), value).as((k, sep, v) -> k + sep + v);
        // mostly a valid title and date first, so that the rest of the keys are read, not just the first error
        Arbitrary<String> head = Arbitraries.of("title: T\ndate: 2024-03-07\n", "title: T\ndate: 2024-03-07T09:30:00Z\n", "title: T\n", "");
        Arbitrary<String> body = Arbitraries.oneOf(markdownish(), Arbitraries.just("Body."));
        return Combinators.combine(head, line.list().ofMaxSize(6), Arbitraries.of("---\n", "---\n", "---\r\n", "...\n", "", "---"), body)
                .as((h, lines, fence, b) -> "---\n" + h + String.join("\n", lines) + "\n" + fence + b);
    }

    /** Text with the characters Markdown and YAML give meaning to, mixed with letters and odd code points. */
    static Arbitrary<String> markdownish() {
        Arbitrary<String> token = Arbitraries.oneOf(
                Arbitraries.of("#", "##", "-", "*", "**", "_", "`", "```", "~~~", ">", "|", "|-|", ":-:", "[", "]", "(", ")", "![", "<",
                        ">", "</", "<!--", "-->", "<script>", "</div>", "&amp;", "&#0;", "&#x110000;", "\\", "---", "...", "1.", "+",
                        "http://", "www.", "@", " ", "  ", "\t", "\n", "\n\n", "\r", "\r\n", "\u0000", "\uFEFF", "\u2028", "\uD800",
                        "\uDC00", "é", "東京", "\uD83D\uDE00", "title:", "date:"),
                Arbitraries.strings().alpha().ofMinLength(1).ofMaxLength(8));
        return token.list().ofMaxSize(80).map(t -> String.join("", t));
    }

    /** A seed with one to five mutations, each applied where a random fraction of its length falls. */
    static Arbitrary<byte[]> mutated(List<byte[]> seeds) {
        Arbitrary<int[]> mutation = Arbitraries.integers().between(0, Integer.MAX_VALUE).array(int[].class).ofSize(3);
        return Combinators.combine(Arbitraries.of(seeds), mutation.list().ofMinSize(1).ofMaxSize(5))
                .as((seed, mutations) -> {
                    byte[] b = seed;
                    for (int[] m : mutations) b = mutate(b, m[0], m[1], m[2]);
                    return b;
                });
    }

    static byte[] mutate(byte[] b, int op, int at, int arg) {
        int n = b.length;
        int i = n == 0 ? 0 : at % (n + 1);
        return switch (op % 12) {
            case 0 -> { // flip bits of one byte
                byte[] c = b.clone();
                if (n > 0) c[Math.min(i, n - 1)] ^= (byte) (1 + arg % 255);
                yield c;
            }
            case 1 -> Arrays.copyOf(b, i); // truncate
            case 2 -> insert(b, i, new byte[] {0}); // NUL
            case 3 -> insert(b, i, new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}); // a byte-order mark mid-file
            case 4 -> insert(b, i, new byte[] {'\r'}); // a lone CR
            case 5 -> insert(b, lineStart(b, i), "```\n".getBytes(StandardCharsets.US_ASCII)); // an unbalanced fence
            case 6 -> insert(b, lineStart(b, i), "---\n".getBytes(StandardCharsets.US_ASCII)); // a stray front matter fence
            case 7 -> { // duplicate a line
                int s = lineStart(b, i);
                int e = lineEnd(b, s);
                yield insert(b, s, Arrays.copyOfRange(b, s, e));
            }
            case 8 -> { // delete a line (the closing fence, sometimes)
                int s = lineStart(b, i);
                int e = lineEnd(b, s);
                byte[] c = new byte[n - (e - s)];
                System.arraycopy(b, 0, c, 0, s);
                System.arraycopy(b, e, c, s, n - e);
                yield c;
            }
            case 9 -> insert(b, i, new byte[] {(byte) (0x80 + arg % 0x80)}); // a stray legacy byte
            case 10 -> insert(b, i, new byte[] {(byte) 0xF0, (byte) 0x9F}); // half a UTF-8 sequence
            default -> insert(b, i, ("<!--<script>&#" + arg % 1_200_000 + ";").getBytes(StandardCharsets.UTF_8));
        };
    }

    // ---- helpers ------------------------------------------------------------------------------

    /** Reads a Markdown file; null when it was rejected with a content error, as it may be. */
    static Article readMarkdown(byte[] file) {
        List<String> warnings = new ArrayList<>();
        try {
            Article a = MARKDOWN.read("content/x.md", "x.md", file, warnings, new ArrayList<>());
            assertThat(a.title()).isNotBlank();
            assertThat(a.slug()).matches("[\\p{L}\\p{N}\\p{M}]+(-[\\p{L}\\p{N}\\p{M}]+)*-?");
            assertThat(warnings).allMatch(w -> w.startsWith("content/x.md:"));
            Statistics.label("markdown").collect("read");
            return a;
        } catch (ContentException e) {
            assertOneLine(e);
            Statistics.label("markdown").collect("rejected");
            return null;
        }
    }

    static TextArticle readText(byte[] file) {
        try {
            TextArticle a = TEXT.read("content/x.txt", file);
            assertThat(a.title()).isNotBlank();
            Statistics.label("text").collect("read");
            return a;
        } catch (ContentException e) {
            assertOneLine(e);
            Statistics.label("text").collect("rejected");
            return null;
        }
    }

    private static void assertOneLine(ContentException e) {
        assertThat(e.path()).isIn("content/x.md", "content/x.txt");
        assertThat(e.line()).isPositive();
        assertThat(e.problem()).isNotBlank();
        assertThat(e.getStackTrace()).as("expected errors carry no stack trace").isEmpty();
    }

    private static byte[] insert(byte[] b, int at, byte[] what) {
        byte[] c = new byte[b.length + what.length];
        System.arraycopy(b, 0, c, 0, at);
        System.arraycopy(what, 0, c, at, what.length);
        System.arraycopy(b, at, c, at + what.length, b.length - at);
        return c;
    }

    private static int lineStart(byte[] b, int i) {
        while (i > 0 && b[i - 1] != '\n') i--;
        return i;
    }

    private static int lineEnd(byte[] b, int s) {
        int e = s;
        while (e < b.length && b[e] != '\n') e++;
        return Math.min(b.length, e + 1);
    }

    private static String nestedBlock(int depth) {
        StringBuilder s = new StringBuilder("x:\n");
        for (int i = 1; i < depth; i++) s.append(" ".repeat(i)).append("-\n");
        return s.toString();
    }

    private static List<byte[]> resources(String folder, String... names) {
        List<byte[]> out = new ArrayList<>();
        for (String name : names) {
            try (InputStream in = ReaderFuzzTest.class.getResourceAsStream("/" + folder + "/" + name)) {
                if (in == null) throw new IllegalStateException("missing test resource " + folder + "/" + name);
                out.add(in.readAllBytes());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return List.copyOf(out);
    }
}
