package gazette.pages.model;

/**
 * A picture as a page shows it: print it with the {@code picture} macro of {@code parts.ftlh}.
 *
 * @param src        the address for browsers that read no srcset
 * @param srcset     every width of the picture's own type (JPEG, or PNG for transparency)
 * @param webpSrcset every width as WebP
 * @param sizes      how wide it is shown, for the browser's choice of width
 * @param width      the picture's own width, for the room the page keeps for it
 * @param height     likewise
 * @param alt        its text for those who cannot see it
 * @param caption    or null
 * @param credit     or null
 * @param original   the address of the original, its metadata taken out, when the settings publish originals; else null
 */
public record Photo(String src, String srcset, String webpSrcset, String sizes, int width, int height, String alt, String caption,
                    String credit, String original) {}
