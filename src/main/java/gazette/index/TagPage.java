package gazette.index;

/** A tag and its articles, as positions in the archive's newest-first order (so already sorted). */
public record TagPage(Tag tag, int[] articles) {
    public int count() {
        return articles.length;
    }

    public String path() {
        return tag.path();
    }
}
