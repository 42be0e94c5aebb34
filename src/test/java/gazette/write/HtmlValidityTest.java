package gazette.write;

import static org.assertj.core.api.Assertions.assertThat;

import gazette.testing.Fixture;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import nu.validator.validation.SimpleDocumentValidator;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.xml.sax.ErrorHandler;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;

/**
 * Every kind of page the default theme writes passes the W3C Nu HTML Checker, run in-process.
 * One rich site is built once; the checker (slow to start: it compiles the HTML schema) is
 * also set up once and reused for every page.
 */
class HtmlValidityTest {
    /** The schema the Nu checker uses for text/html documents by default. */
    private static final String HTML_SCHEMA = "http://s.validator.nu/html5-all.rnc";

    private static final Messages messages = new Messages();
    private static SimpleDocumentValidator checker;

    @TempDir
    static Path root;
    private static Fixture site;

    @BeforeAll
    static void startChecker() throws Exception {
        // log4j set up quietly, URLs not logged, no language detection (its guesses are only warnings)
        checker = new SimpleDocumentValidator(true, false, false);
        checker.setUpMainSchema(HTML_SCHEMA, messages);
        // streaming parser, no external entities: the same defaults as the checker's command line
        checker.setUpValidatorAndParsers(messages, false, false);
    }

    @BeforeAll
    static void buildSite() {
        site = new Fixture(root);
        site.settings("""
                title: "Harbour & Co <News>"
                base_url: https://example.org/news/
                language: en-GB
                page_size: 2
                publish_originals: true
                """);
        site.article("2023/11/first-frost.md", "The first frost came early this year.",
                "title: First frost", "date: 2023-11-20", "tags: [harbour, 東京]");
        site.article("2023/12/year-end.md", "Fireworks over the quay.\n\nA second paragraph.",
                "title: Year's end", "date: 2023-12-31", "tags: [harbour]", "author: Ann Lee");
        site.article("2024/03/rich.md", RICH_BODY,
                "title: 'Tides <high> & \"low\" at the harbour''s mouth'",
                "date: 2024-03-07",
                "tags: [harbour, 東京, Weather & Tides, \"<b>bold</b>\"]",
                "authors: [Ann Lee, \"O'Brien & Sons\"]",
                "source: \"The <Quay> Times & Post\"",
                "summary: 'Tides <high> & \"low\"'", "image: logo.png", "caption: 'The <harbour> & its crest'", "credit: 'Photo: O''Brien'");
        site.article("2024/03/ferry.md", "The ferry ran late.", "title: Ferry delayed", "date: 2024-03-07", "tags: [harbour]", "section: Transport & <Travel>");
        // same title, same day: gets the slug ferry-delayed-2
        site.article("2024/03/ferry-again.md", "And again in the evening.", "title: Ferry delayed",
                "date: 2024-03-07T18:30:00+00:00", "tags: [harbour, ferries]", "section: Transport & <Travel>");
        site.article("2024/03/morning.md", "Fog in the morning.", "title: Morning fog", "date: 2024-03-07T07:05:00Z");
        // the newest: the front page's top story, its picture large
        site.article("2024/05/may.md", "# A heading in the body\n\nPlain body.", "title: May Day", "date: 2024-05-01",
                "tags: [東京]", "image: ../03/tram.jpg");
        try {
            gazette.pictures.TestPictures.jpeg(site.content.resolve("2024/03/tram.jpg"), gazette.pictures.TestPictures.photo(1800, 1200), false);
            gazette.pictures.TestPictures.png(site.content.resolve("2024/03/logo.png"), gazette.pictures.TestPictures.transparent(200, 200));
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        Fixture.Run run = site.build();
        assertThat(run.exit()).as("build exit code; stderr:%n%s", run.err()).isZero();
        assertThat(site.page("2024/03/07/tides-high-low-at-the-harbour-s-mouth/").select(".body figure.picture a.original picture img")).as("the page checked shows a figure, linked to its original").hasSize(1);
        assertThat(site.page("2024/03/07/tides-high-low-at-the-harbour-s-mouth/").select("figure.lead picture img")).as("and a lead picture").hasSize(1);
        assertThat(site.page("").select(".lead-picture picture img")).as("the front page's top story with its picture").hasSize(1);
        assertThat(site.page("").select("nav.date-jump a")).as("and the go-to-date control").isNotEmpty();
        // a headline edited: its old address becomes a redirect page
        site.article("2024/03/morning.md", "Fog in the morning.", "title: Morning fog lifts", "date: 2024-03-07T07:05:00Z");
        Fixture.Run again = site.build();
        assertThat(again.exit()).as(again.err()).isZero();
        assertThat(site.page("2024/03/07/morning-fog/").select("meta[http-equiv=refresh]")).as("a redirect page").hasSize(1);
    }

    private static final String RICH_BODY = """
            Intro with **bold**, _emphasis_, `code`, ~~struck~~ text and raw inline HTML: \
            <abbr title="HyperText Markup Language">HTML</abbr>, <kbd>Ctrl</kbd>+<kbd>C</kbd>, H<sub>2</sub>O.
            Autolinks: https://example.org/report?a=1&b=2 and <https://example.com/x>, mail <news@example.org>.

            ## Tide table

            | Day | High | Low |
            |:----|-----:|:---:|
            | Mon | 4.2 m | 0.8 m |
            | Tue | **4.4 m** | 0.6 m |

            ### Quotes & notes

            > The harbour master said: "Nothing \\<unusual\\> & calm."
            >
            > > A quote within a quote.

            1. First
            2. Second
               - nested one
               - nested two

            - [a link](https://example.org/a "A title with \\"quotes\\"")
            - ![a gull](https://example.org/gull.jpg)
            - 5 < 6 && 7 > 3

            ```java
            if (a < b && c > d) { return "x"; }
            ```

            ***

            ![The new tram on the quay](tram.jpg "The new tram & crew, on the first run")

            The city's ![logo](logo.png) on its side.

            A hard break here\\
            and an escaped \\<tag\\>, an entity &copy; and a footnote-like [1].
            """;

    /** The checker finds errors: a guard that it really runs and that errors reach the test. */
    @Test
    void rejectsInvalidHtml() {
        Report r = check("invalid", "<!DOCTYPE html><html lang=\"en\"><head><title>x</title></head>"
                + "<body><p><div></p></body></html>");
        assertThat(r.errors()).as("errors the checker should have found").isNotEmpty();
        System.out.println("Errors in the invalid sample, as expected:\n  " + String.join("\n  ", r.errors()));
        assertThat(String.join("\n", r.errors())).contains("invalid:1:");

        Report missingTitle = check("no-title", "<!DOCTYPE html><html lang=\"en\"><head></head><body><p>x</p></body></html>");
        assertThat(missingTitle.errors()).isNotEmpty();
    }

    /** ...and passes a document that is valid, so the errors above are not noise. */
    @Test
    void acceptsValidHtml() {
        Report r = check("valid", "<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>x</title></head>"
                + "<body><main><p>Fish &amp; chips</p></main></body></html>");
        assertThat(r.errors()).isEmpty();
    }

    @ParameterizedTest(name = "{0} page {1}")
    @CsvSource(delimiter = '|', value = {
            "article        | 2024/03/07/tides-high-low-at-the-harbour-s-mouth/",
            "article (-2)   | 2024/03/07/ferry-delayed-2/",
            "home           | ''",
            "home page 1    | page/1/",
            "day            | 2024/03/07/",
            "day page 1     | 2024/03/07/page/1/",
            "month          | 2024/03/",
            "year           | 2024/",
            "archive        | archive/",
            "tag            | tags/harbour/",
            "tag page 1     | tags/harbour/page/1/",
            "non-Latin tag  | tags/東京/",
            "tags index     | tags/",
            "section        | sections/transport-travel/",
            "sections index | sections/",
            "search         | search/",
            "redirect       | 2024/03/07/morning-fog/",
    })
    void pageOfEachKindIsValid(String kind, String path) {
        Path file = site.out.resolve(path.isEmpty() ? "index.html" : path + "index.html");
        assertThat(file).as("%s page", kind).isRegularFile();
        assertValid(List.of(check(file)));
    }

    /** The page a server shows for missing addresses, at the root as 404.html. */
    @Test
    void notFoundPageIsValid() {
        Path file = site.out.resolve("404.html");
        assertThat(file).isRegularFile();
        assertValid(List.of(check(file)));
    }

    @Test
    void everyPageOfTheSiteIsValid() throws IOException {
        List<Path> pages;
        try (Stream<Path> files = Files.walk(site.out)) {
            pages = files.filter(p -> p.getFileName().toString().equals("index.html")).sorted().toList();
        }
        // 7 articles, 4 home pages, 2 years, 4 months, 4 days (one with 2 pages), 8 tag pages, archive, tags
        assertThat(pages.size()).as("pages written").isGreaterThan(25);
        List<Report> reports = new ArrayList<>();
        for (Path p : pages) reports.add(check(p));
        assertValid(reports);
    }

    private static void assertValid(List<Report> reports) {
        String found = reports.stream()
                .filter(r -> !r.errors().isEmpty())
                .map(r -> String.join("\n", r.errors()))
                .collect(Collectors.joining("\n"));
        assertThat(found).as("HTML errors found by the Nu checker").isEmpty();
    }

    private static Report check(Path file) {
        String name = site.out.relativize(file).toString().replace('\\', '/');
        try {
            return check(name, Files.readAllBytes(file));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Report check(String name, String html) {
        return check(name, html.getBytes(StandardCharsets.UTF_8));
    }

    /** Checks one document as text/html; errors are "name:line:column: message". */
    private static synchronized Report check(String name, byte[] html) {
        messages.start(name);
        InputSource in = new InputSource(new ByteArrayInputStream(html));
        in.setSystemId(name);
        try {
            checker.checkHtmlInputSource(in);
        } catch (SAXParseException e) {
            messages.add(messages.errors, e); // already reported as a fatal error, unless it was not
        } catch (SAXException | IOException e) {
            messages.errors.add(name + ": checker stopped: " + e);
        }
        return messages.finish();
    }

    private record Report(String page, List<String> errors, List<String> warnings) {}

    /** Collects what the checker reports about the document being checked. */
    private static final class Messages implements ErrorHandler {
        private String page = "(schema)";
        private List<String> errors = new ArrayList<>();
        private List<String> warnings = new ArrayList<>();
        private final Set<String> warned = new HashSet<>();

        void start(String name) {
            page = name;
            errors = new ArrayList<>();
            warnings = new ArrayList<>();
        }

        Report finish() {
            Report r = new Report(page, List.copyOf(errors.stream().distinct().toList()), List.copyOf(warnings));
            // warnings (obsolete attributes, informative notes) do not fail the test; shown once per page
            if (!warnings.isEmpty() && warned.add(page)) System.out.println("HTML warnings:\n  " + String.join("\n  ", warnings));
            return r;
        }

        void add(List<String> to, SAXParseException e) {
            to.add(page + ":" + e.getLineNumber() + ":" + e.getColumnNumber() + ": " + e.getMessage());
        }

        @Override
        public void warning(SAXParseException e) {
            add(warnings, e);
        }

        @Override
        public void error(SAXParseException e) {
            add(errors, e);
        }

        @Override
        public void fatalError(SAXParseException e) {
            add(errors, e);
        }
    }
}
