package gazette.render;

import java.io.IOException;

/** Where rendered pages go: the write stage. Called from many threads at once. */
public interface PageOutput {
    /**
     * Claims the last build's file for this build when it was made from inputs with this
     * fingerprint: true means it stands as it is, and the page need not be rendered.
     */
    boolean reuse(String file, long fingerprint);

    /** Stores a page as the file {@code file} (relative to the site root), made from inputs with this fingerprint. */
    void file(String file, String html, long fingerprint) throws IOException;
}
