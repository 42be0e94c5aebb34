package gazette.pages.model;

import java.util.List;

/**
 * An article as listings show it: everything but the body.
 *
 * @param date     ISO 8601: a date-time with offset when the article has a time, else a date
 * @param dateText the date (and time) for people, in the site's language
 * @param timed    false when the source gave only a date
 * @param source   or null
 * @param summary  or null
 * @param thumbnail the lead picture, small, or null (its alt text is empty: the headline beside it says what it shows)
 * @param section  the article's section (its front's link and its name), or null
 */
public record Teaser(String title, String url, String date, String dateText, boolean timed, Link day, List<String> authors,
                     String source, String summary, List<TagLink> tags, Photo thumbnail, Link section) {
    /** A link with its text: the article's day. */
    public record Link(String url, String text) {}

    public record TagLink(String name, String url) {}
}
