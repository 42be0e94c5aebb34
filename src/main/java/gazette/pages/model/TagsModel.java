package gazette.pages.model;

import java.util.List;

/**
 * {@code tags.ftlh}: every tag.
 *
 * @param tags    every tag, sorted by name
 * @param largest the most used, most first (at most {@value gazette.pages.TagIndex#LARGEST})
 * @param letters every tag again, under the letter it starts with, A to Z, then {@code #} for the rest
 */
public record TagsModel(SiteModel site, PageInfo page, List<TagCount> tags, List<TagCount> largest, List<Letter> letters) implements PageModel {
    /** The tags that start with a letter; {@code anchor} is the letter's id in the page. */
    public record Letter(String letter, String anchor, List<TagCount> tags) {}
}
