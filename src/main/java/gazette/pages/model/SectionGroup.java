package gazette.pages.model;

import java.util.List;

/**
 * A day page's articles of one section, as a newspaper's archive lays out a day.
 *
 * @param section the section (its front's link and its name), or null for the articles in none
 */
public record SectionGroup(Teaser.Link section, List<Teaser> articles) {}
