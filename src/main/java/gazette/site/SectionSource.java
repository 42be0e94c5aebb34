package gazette.site;

/**
 * Where an article's section comes from, besides its own {@code section:} (which always wins):
 * the setting {@code sections}.
 */
public enum SectionSource {
    /** Folders are sections when every article sits under a top-level folder that is not a date ({@code content/sport/…}). */
    AUTO,
    /** The top-level folder under the content folder is the section of the articles in it. */
    FOLDERS,
    /** Only {@code section:} in the front matter: folders are for the archive's own order. */
    FRONT_MATTER
}
