package gazette.render;

import java.io.IOException;

/** Where rendered pages go: the write stage. Called from many threads at once. */
public interface PageOutput {
    /**
     * True when the file was made last time from inputs with this fingerprint and is still in
     * place: it is kept, and the page need not be rendered.
     */
    boolean keep(String file, long fingerprint);

    /** Stores a page as the file {@code file} (relative to the site root), made from inputs with this fingerprint. */
    void file(String file, String html, long fingerprint) throws IOException;
}
