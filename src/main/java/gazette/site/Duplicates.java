package gazette.site;

/**
 * What to do with an article whose body is the same as an earlier article's (the same story
 * published twice): the setting {@code duplicates}.
 */
public enum Duplicates {
    /** Publish both; the summary counts them. */
    KEEP,
    /** Leave the later ones out, as drafts are. */
    SKIP,
    /** Publish both; the later page's canonical link names the first. */
    LINK
}
