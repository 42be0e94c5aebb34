package gazette.serve;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

/** The injected script: where it goes, and that no problem text can break out of it. */
class LivePageTest {
    static final BuildState GOOD = new BuildState("run-1", List.of(), Instant.EPOCH);

    private static String inject(String html, BuildState state) {
        return new String(LivePage.inject(html.getBytes(StandardCharsets.UTF_8), state, "2024/index.html"), StandardCharsets.UTF_8);
    }

    @Test
    void theScriptGoesJustBeforeTheLastBodyEnd() {
        String page = "<html><body><script>var s = '</body>';</script><p>Café</p></BODY>\n</html>\n";
        String served = inject(page, GOOD);
        assertThat(served).startsWith("<html><body><script>var s = '</body>';</script><p>Café</p><script " + LivePage.MARKER + ">");
        assertThat(served).endsWith("</script>\n</BODY>\n</html>\n");
        assertThat(served.replace(LivePage.script(GOOD, "2024/index.html"), "")).isEqualTo(page);
    }

    @Test
    void aPageWithoutABodyEndGetsTheScriptAtItsEnd() {
        assertThat(inject("<p>fragment", GOOD)).isEqualTo("<p>fragment" + LivePage.script(GOOD, "2024/index.html"));
    }

    @Test
    void problemsAreEscapedSoTheyStayText() {
        String evil = "a.md:3: date: '</script><script>alert(1)</script><!--' & \u2028 \"quoted\" \\ end";
        BuildState broken = new BuildState("run-1", List.of(evil, "second line"), Instant.EPOCH);
        String served = inject("<html><body><p>x</p></body></html>", broken);
        Document doc = Jsoup.parse(served);
        assertThat(doc.select("script")).hasSize(1);
        assertThat(doc.select("p")).hasSize(1);
        String js = doc.selectFirst("script").html();
        assertThat(js).contains("var problems = \"a.md:3: date: '\\u003c/script\\u003e\\u003cscript\\u003ealert(1)\\u003c/script\\u003e\\u003c!--' \\u0026 \\u2028 \\\"quoted\\\" \\\\ end\\nsecond line\";");
        assertThat(js).contains("var version = \"run-1\";");
    }

    @Test
    void thePageKnowsItsFileAndAMissKnowsNone() {
        assertThat(LivePage.script(GOOD, "2024/03/07/café-</script>/index.html")).contains("var file = \"2024/03/07/café-\\u003c/script\\u003e/index.html\";");
        assertThat(LivePage.script(GOOD, null)).contains("var file = null;");
    }

    @Test
    void aReloadNamesTheChangedFilesUnlessTheyWouldSayLittle() {
        assertThat(LivePage.reload("run-2", List.of("2024/03/07/tram/index.html", "feed.xml")))
                .isEqualTo("{\"version\":\"run-2\",\"files\":[\"2024/03/07/tram/index.html\",\"feed.xml\"]}");
        assertThat(LivePage.reload("run-2", List.of())).isEqualTo("{\"version\":\"run-2\",\"files\":[]}");
        // the site replaced whole, the theme changed, or too many to name: every page
        assertThat(LivePage.reload("run-2", null)).isEqualTo("{\"version\":\"run-2\",\"files\":null}");
        assertThat(LivePage.reload("run-2", List.of("index.html", "static/style.css"))).endsWith("\"files\":null}");
        List<String> many = java.util.stream.IntStream.range(0, LivePage.MOST_NAMED + 1).mapToObj(i -> i + "/index.html").toList();
        assertThat(LivePage.reload("run-2", many)).endsWith("\"files\":null}");
        assertThat(LivePage.reload("run-2", many.subList(0, LivePage.MOST_NAMED))).contains("\"files\":[\"0/index.html\"");
    }

    @Test
    void theGreetingNamesWhatTheLastReloadChangedAndFromWhichVersion() {
        assertThat(LivePage.hello("run-3", "run-2", List.of("search/terms-1.json")))
                .isEqualTo("{\"version\":\"run-3\",\"since\":\"run-2\",\"files\":[\"search/terms-1.json\"]}");
        // named as a reload names them
        assertThat(LivePage.hello("run-3", "run-2", List.of("static/style.css"))).isEqualTo("{\"version\":\"run-3\",\"since\":\"run-2\",\"files\":null}");
        assertThat(LivePage.hello("run-3", null, List.of("index.html"))).isEqualTo("{\"version\":\"run-3\",\"since\":null,\"files\":null}");
    }

    @Test
    void aGoodBuildHasNoProblemsInThePage() {
        assertThat(LivePage.script(GOOD, "2024/index.html")).contains("var problems = null;").contains("new EventSource(\"" + LivePage.EVENTS + "\")");
    }

    @Test
    void eventsSplitTextIntoDataLines() {
        assertThat(LivePage.event("build-error", "one\ntwo\r\nthree")).isEqualTo("event: build-error\ndata: one\ndata: two\ndata: three\n\n");
        assertThat(LivePage.event("reload", "run-2")).isEqualTo("event: reload\ndata: run-2\n\n");
    }
}
