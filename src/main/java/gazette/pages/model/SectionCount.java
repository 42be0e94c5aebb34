package gazette.pages.model;

/** A section of the paper, its front's link and how many articles it has. */
public record SectionCount(String name, String url, int count) {}
