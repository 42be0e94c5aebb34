package gazette.index;

/** A tag as shown (its most used spelling) and the slug of its page. */
public record Tag(String name, String slug) {
    public String path() {
        return Paths.tag(slug);
    }
}
