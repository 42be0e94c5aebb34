package gazette.text;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/** One JSON writer: inside HTML it hides every character that could end a script; in a file it need not. */
class JsonTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void inHtmlNothingCanEndTheScriptAndAParserReadsItBack() throws Exception {
        String s = "</script><!--a&b\"c\\d\n\r\t\u2028\u0001\uD800x";
        String out = Json.inHtml(Map.of("s", s));
        assertThat(out).doesNotContain("<", ">", "&", "\u2028").isEqualTo(
                "{\"s\":\"\\u003c/script\\u003e\\u003c!--a\\u0026b\\\"c\\\\d\\n\\r\\t\\u2028\\u0001\\ud800x\"}");
        assertThat(JSON.readTree(out).get("s").asText()).isEqualTo(s);
    }

    @Test
    void aFileKeepsMarkupCharactersAsTheyAre() throws Exception {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("title", "Q&A: <tables> \"quoted\"");
        m.put("n", List.of(1, 2L, true));
        m.put("words", new TreeSet<>(List.of("b", "a")));
        m.put("none", null);
        String out = Json.of(m);
        assertThat(out).isEqualTo("{\"title\":\"Q&A: <tables> \\\"quoted\\\"\",\"n\":[1,2,true],\"words\":[\"a\",\"b\"],\"none\":null}");
        assertThat(JSON.readTree(out).get("title").asText()).isEqualTo("Q&A: <tables> \"quoted\"");
        // controls but the line feed as \\u escapes, a lone surrogate as it is: the search files' bytes as they always were
        assertThat(Json.of("a\tb\rc\nd\u0001\u2028\uD800")).isEqualTo("\"a\\u0009b\\u000dc\\nd\\u0001\\u2028\uD800\"");
    }
}
