package gazette.pages.model;

/** A section of the paper, its front's link and how many articles it has (missing on a listing's older pages,
 * which then never change as it grows). */
public record SectionCount(String name, String url, Integer count) {}
