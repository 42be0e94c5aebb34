package gazette.pages.model;

import java.util.List;

/**
 * The go-to-date control on the date pages and the front page: every year with articles, and the
 * twelve months of one of them. Plain links, so it works without a script: any month is two
 * clicks away, any day three.
 *
 * @param years  every year with articles, newest first
 * @param year   the year whose months are shown
 * @param months January to December of that year
 */
public record DateJump(List<Step> years, int year, List<Step> months) {
    /**
     * @param text    what the link shows ("2004", or a month's short name, "Nov")
     * @param url     null for a month without articles, shown but not linked
     * @param current true for the page's own year or month
     */
    public record Step(String text, String url, boolean current) {}
}
