package gazette.read;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;

class MarkdownReaderTest {
    final MarkdownReader reader = new MarkdownReader(ZoneId.of("Europe/London"));

    Article read(String text) throws ContentException {
        return reader.read("content/x.md", "x.md", text.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void readsEveryKnownKeyAndKeepsTheRest() throws ContentException {
        Article a = read("""
                ---
                title: "Tram line: approved"
                date: 2024-03-07T09:30:00+01:00
                tags: [transport, City Council]
                authors: [Ann Lee, Bo Chen]
                author: Cy Dale
                source: Staff report
                summary: The council said yes.
                slug: Tram Line!
                draft: false
                section: Opinion
                rating: 5
                ---
                Body.
                """);
        assertThat(a.title()).isEqualTo("Tram line: approved");
        assertThat(a.published()).isEqualTo(Instant.parse("2024-03-07T08:30:00Z"));
        assertThat(a.timed()).isTrue();
        assertThat(a.tags()).containsExactly("transport", "City Council");
        assertThat(a.authors()).containsExactly("Cy Dale", "Ann Lee", "Bo Chen");
        assertThat(a.source()).isEqualTo("Staff report");
        assertThat(a.summary()).isEqualTo("The council said yes.");
        assertThat(a.slug()).isEqualTo("tram-line");
        assertThat(a.draft()).isFalse();
        assertThat(a.params()).containsEntry("section", "Opinion").containsEntry("rating", 5).hasSize(2);
    }

    @Test
    void aBareDateIsThatDayInTheSiteTimeZone() throws ContentException {
        Article a = read("---\ntitle: T\ndate: 2024-07-01\n---\n");
        assertThat(a.published()).isEqualTo(Instant.parse("2024-06-30T23:00:00Z"));
        assertThat(a.timed()).isFalse();
        assertThat(read("---\ntitle: T\ndate: 2024-07-01T10:00:00Z\n---\n").published()).isEqualTo(Instant.parse("2024-07-01T10:00:00Z"));
        assertThat(read("---\ntitle: T\ndate: 2010-03-11T20:01:00+0900\n---\n").published()).isEqualTo(Instant.parse("2010-03-11T11:01:00Z"));
    }

    @Test
    void yearsOutsideOneToNineThousandNineHundredNinetyNineAreErrors() {
        assertThatThrownBy(() -> read("---\ntitle: T\ndate: 9999-12-31T23:59:59-18:00\n---\n"))
                .hasToString("content/x.md:3: date: '9999-12-31T23:59:59-18:00' falls outside the years 1 to 9999");
        assertThatThrownBy(() -> read("---\ntitle: T\ndate: 0000-01-01\n---\n"))
                .hasToString("content/x.md:3: date: '0000-01-01' falls outside the years 1 to 9999");
    }

    @Test
    void withoutASummaryTheFirstParagraphServesAsPlainText() throws ContentException {
        Article a = read("---\ntitle: T\ndate: 2024-07-01\n---\n# Heading\n\nThe **first** [paragraph](http://x.org)\nruns on.\n\nSecond.\n");
        assertThat(a.summary()).isEqualTo("The first paragraph runs on.");
        assertThat(a.slug()).isEqualTo("t");
    }

    @Test
    void acceptsByteOrderMarkAndCrlf() throws ContentException {
        byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
        byte[] text = "---\r\ntitle: Windows\r\ndate: 2024-07-01\r\n---\r\nBody\r\n".getBytes(StandardCharsets.UTF_8);
        byte[] all = new byte[bom.length + text.length];
        System.arraycopy(bom, 0, all, 0, 3);
        System.arraycopy(text, 0, all, 3, text.length);
        Article a = reader.read("content/x.md", "x.md", all);
        assertThat(a.title()).isEqualTo("Windows");
        assertThat(MarkdownReader.body("---\r\ntitle: W\r\n---\r\nBody\r\n")).isEqualTo("Body\r\n");
    }

    @Test
    void tagsMayBeOneNameButNotAMapping() throws ContentException {
        assertThat(read("---\ntitle: T\ndate: 2024-07-01\ntags: weather\n---\n").tags()).isEqualTo(List.of("weather"));
        assertThatThrownBy(() -> read("---\ntitle: T\ndate: 2024-07-01\ntags:\n  a: b\n---\n"))
                .hasToString("content/x.md:4: tags: must be a name or a list of names");
    }

    /** A value that contains itself would have every later step walk it for ever: it is a content error at its line. */
    @Test
    void aValueThatContainsItselfIsRefusedAtItsLine() {
        assertThatThrownBy(() -> read("---\ntitle: T\ndate: 2024-03-07\nmood: &a {self: *a}\n---\nBody.\n"))
                .hasToString("content/x.md:4: mood: nested more than 64 levels deep, or contains itself (a YAML alias inside its own anchor)");
        assertThatThrownBy(() -> read("---\ntitle: T\ndate: 2024-03-07\ndeep: " + "[".repeat(65) + "]".repeat(65) + "\n---\nBody.\n"))
                .hasMessageStartingWith("deep: nested more than 64 levels deep");
        org.assertj.core.api.Assertions.assertThatCode(() -> read("---\ntitle: T\ndate: 2024-03-07\ndeep: " + "[".repeat(64) + "]".repeat(64) + "\n---\nBody.\n"))
                .doesNotThrowAnyException();
    }
}
