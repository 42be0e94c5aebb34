package gazette.index;

import static org.assertj.core.api.Assertions.assertThat;

import gazette.testing.Fixture;
import java.nio.file.Path;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Tags kept in order: aliases merge, a tag under the minimum gets no page and no link, a listing shows a few. */
class TagCurationTest {
    @TempDir
    Path tmp;

    @Test
    void aliasesMergeAndTagsUnderTheMinimumGetNoPageNorLink() {
        Fixture site = new Fixture(tmp);
        site.settings("tag_aliases: {Tories: Conservatives, tory: Conservatives, European Union: EU}\ntag_chips: 2\n");
        site.article("a.md", "Body.", "title: A", "date: 2024-03-07", "tags: [Tories, EU, harbour, weather]");
        site.article("b.md", "Body.", "title: B", "date: 2024-03-06", "tags: [Tory, European Union]");
        site.article("c.md", "Body.", "title: C", "date: 2024-03-05", "tags: [Conservatives]");
        // scraped text: its tags are derived from its words (tag_rules), and one article's derived tag is noise
        site.settings("tag_aliases: {Tories: Conservatives, tory: Conservatives, European Union: EU}\ntag_chips: 2\n"
                + "tag_rules: {ferry: Ferries, quay: Quay works, council: Conservatives}\n");
        site.write("s1.txt", "date 2024-03-04\nFerry news\n\nThe ferry left the quay.\n");
        site.write("s2.txt", "date 2024-03-03\nMore ferry news\n\nThe ferry came back.\n");
        Fixture.Run r = site.build();
        assertThat(r.exit()).as(r.err()).isZero();
        assertThat(r.out()).contains("tags:   5 tags with a page; 3 names merged into another (an alias, a spelling, a plural); 1 tag under the minimum of articles, without a page");

        Document tags = site.page("tags/");
        assertThat(tags.select(".tag-index li a").eachText()).containsExactlyInAnyOrder("Conservatives", "EU", "Ferries", "harbour", "weather");
        assertThat(site.page("tags/conservatives/").select(".teaser h2 a").eachText()).containsExactly("A", "B", "C");
        assertThat(site.page("tags/eu/").select(".teaser h2 a").eachText()).containsExactly("A", "B");
        assertThat(site.exists("tags/tories/")).isFalse();
        assertThat(site.exists("tags/quay-works/")).as("derived, on one article: under the minimum of two").isFalse();
        assertThat(site.page("2024/03/04/ferry-news/").select("article .tags a").eachText()).containsExactly("Ferries");

        // a teaser shows two tags; the article's page all of them
        Document home = site.page("");
        assertThat(home.select(".teaser").first().select(".tags a").eachText()).containsExactly("Conservatives", "EU");
        assertThat(site.page("2024/03/07/a/").select("article .tags a").eachText()).containsExactly("Conservatives", "EU", "harbour", "weather");
    }

    @Test
    void anAliasComesAfterThePluralRuleIsFollowedToItsEndAndNamesTheTag() {
        Fixture site = new Fixture(tmp);
        site.settings("tag_aliases: {Tory: Tories, Tories: Conservatives, eu: European Union}\n");
        site.article("a.md", "Body.", "title: A", "date: 2024-03-07", "tags: [Tories, eu]");
        site.article("b.md", "Body.", "title: B", "date: 2024-03-06", "tags: [Tory, eu]");
        site.article("c.md", "Body.", "title: C", "date: 2024-03-05", "tags: [conservatives, EU]");
        assertThat(site.build().exit()).isZero();
        assertThat(site.page("tags/").select(".tag-index li a").eachText()).containsExactly("Conservatives", "European Union");
        assertThat(site.page("tags/conservatives/").select(".teaser h2 a").eachText()).containsExactly("A", "B", "C");
        assertThat(site.page("tags/european-union/").select(".teaser h2 a").eachText()).containsExactly("A", "B", "C");
    }

    @Test
    void theMinimumIsSettableForWrittenAndDerivedTags() {
        Fixture site = new Fixture(tmp);
        site.settings("tag_min_articles: 2\n");
        site.article("a.md", "Body.", "title: A", "date: 2024-03-07", "tags: [harbour, once]");
        site.article("b.md", "Body.", "title: B", "date: 2024-03-06", "tags: [harbour]");
        assertThat(site.build().exit()).isZero();
        assertThat(site.exists("tags/once/")).isFalse();
        assertThat(site.page("2024/03/07/a/").select("article .tags a").eachText()).containsExactly("harbour");

        site.settings("tag_min_articles: {written: 3}\n");
        Fixture.Run bad = site.build();
        assertThat(bad.exit()).isZero();
        assertThat(site.exists("tags/harbour/")).isFalse();
        site.settings("tag_min_articles: {many: 3}\n");
        assertThat(site.build().err()).startsWith(tmp.resolve("gazette.yaml") + ":1: tag_min_articles: knows 'written' and 'derived', not 'many'");
        site.settings("tag_aliases: [Tories]\n");
        assertThat(site.build().err()).startsWith(tmp.resolve("gazette.yaml") + ":1: tag_aliases: must map names to the tag they are");
    }
}
