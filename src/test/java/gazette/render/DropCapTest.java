package gazette.render;

import static org.assertj.core.api.Assertions.assertThat;

import gazette.testing.Fixture;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The drop cap stands only at an opening paragraph long enough to hold it (three lines or more). */
class DropCapTest {
    @TempDir
    Path tmp;

    @Test
    void aOneLineOpeningHasNoDropCapALongOneHas() {
        Fixture site = new Fixture(tmp);
        site.article("short.md", "LONDON (Wire) - Rates rose.\n\nThe rest of the story follows in a second paragraph.", "title: Short", "date: 2024-03-07");
        site.article("long.md", "The council voted on Thursday to approve the tram line that will run from the quay to the station, "
                + "after a debate that lasted well into the evening and drew a crowd of residents to the public gallery of the hall.",
                "title: Long", "date: 2024-03-06");
        site.article("heading.md", "# A heading first\n\nThen a paragraph.", "title: Heading", "date: 2024-03-05");
        assertThat(site.build().exit()).isZero();
        assertThat(site.page("2024/03/07/short/").selectFirst(".story .body").hasClass("opening")).isFalse();
        assertThat(site.page("2024/03/06/long/").selectFirst(".story .body").hasClass("opening")).isTrue();
        assertThat(site.page("2024/03/05/heading/").selectFirst(".story .body").hasClass("opening")).isFalse();
        assertThat(site.file("static/style.css")).contains(".story .body.opening > p:first-child::first-letter");
    }
}
