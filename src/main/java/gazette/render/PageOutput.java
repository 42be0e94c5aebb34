package gazette.render;

import java.io.IOException;

/** Where rendered pages go: the write stage. Called from many threads at once. */
public interface PageOutput {
    /**
     * Claims the last build's file for this build when it was made from inputs with this
     * fingerprint: true means it stands as it is, and the page need not be rendered.
     */
    boolean reuse(String file, long fingerprint);

    /**
     * Claims the last build's file for this build, as it was made: for a page whose inputs are
     * known to be the last build's ({@link PlanPrint}). False when there is none, or it is not as
     * published: then the page is made.
     */
    default boolean keep(String file) {
        return false;
    }

    /** Stores a page, UTF-8, as the file {@code file} (relative to the site root), made from inputs with this fingerprint. */
    void file(String file, byte[] html, long fingerprint) throws IOException;
}
