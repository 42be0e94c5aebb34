package gazette.index;

/**
 * A section of the paper (Sport, Business) and its articles, as positions in the archive's
 * newest-first order (so already sorted).
 *
 * @param name the name shown: the spelling most of its articles use
 */
public record Section(String name, String slug, int[] articles) {
    public int count() {
        return articles.length;
    }

    public String path() {
        return Paths.section(slug);
    }
}
