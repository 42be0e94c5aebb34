package gazette.pages;

import static org.assertj.core.api.Assertions.assertThat;

import gazette.pages.model.TagCount;
import gazette.pages.model.TagsModel;
import gazette.testing.Fixture;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The tags page: the most used first, then A to Z under each letter with a jump to it. */
class TagIndexTest {
    @TempDir
    Path tmp;

    @Test
    void lettersFoldAccentsAndPutTheRestLast() {
        List<TagCount> tags = List.of(new TagCount("Eagle", "/a", 1), new TagCount("ferry", "/f", 2), new TagCount("東京", "/t", 3),
                new TagCount("2024 budget", "/b", 1), new TagCount("Europe", "/eu", 5), new TagCount("Émile", "/e", 1));
        List<TagsModel.Letter> letters = TagIndex.letters(tags);
        assertThat(letters).extracting(TagsModel.Letter::letter).containsExactly("E", "F", "#");
        assertThat(letters.get(0).tags()).extracting(TagCount::name).as("accents aside").containsExactly("Eagle", "Émile", "Europe");
        assertThat(letters.get(2).anchor()).isEqualTo("other");
        assertThat(TagIndex.largest(tags)).extracting(TagCount::name).startsWith("Europe", "東京", "ferry");
    }

    @Test
    void theTagsPageListsTheMostUsedFirstWhenThereAreManyAndEveryTagUnderItsLetter() {
        Fixture site = new Fixture(tmp);
        List<String> names = new ArrayList<>();
        for (int k = 0; k < 45; k++) names.add((char) ('a' + k % 26) + "tag" + k);
        for (int k = 0; k < 45; k++) {
            // tag k is on 46 - k articles' worth of weight: the first articles carry the most tags
            List<String> on = names.subList(0, 45 - k);
            site.article("a" + k + ".md", "Body.", "title: Story " + k, "date: 2024-03-07", "tags: [" + String.join(", ", on) + "]");
        }
        assertThat(site.build().exit()).isZero();
        Document page = site.page("tags/");
        assertThat(page.select(".tags-largest li a").eachText()).hasSize(TagIndex.LARGEST).startsWith("atag0", "btag1", "ctag2");
        assertThat(page.select("nav.az a").eachText()).containsExactly("A", "B", "C", "D", "E", "F", "G", "H", "I", "J", "K", "L", "M", "N", "O", "P",
                "Q", "R", "S", "T", "U", "V", "W", "X", "Y", "Z");
        assertThat(page.select("#tag-index li a")).hasSize(45);
        assertThat(page.select("#letter-a + ul li a").eachText()).containsExactly("atag0", "atag26");
        assertThat(page.select("nav.az a").first().attr("href")).isEqualTo("#letter-a");
    }
}
