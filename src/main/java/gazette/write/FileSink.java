package gazette.write;

import java.io.IOException;

/** Where feeds and sitemaps go: {@link OutputFolder} in a build, a map in tests. */
@FunctionalInterface
public interface FileSink {
    void file(String relative, byte[] content) throws IOException;

    /**
     * True when the file was made last time from inputs with this fingerprint and is still in
     * place: the caller may skip making it, and it stays as it is.
     */
    default boolean keep(String relative, long fingerprint) {
        return false;
    }

    /** Stores a file made from inputs with the given fingerprint (0: none, always made again). */
    default void file(String relative, byte[] content, long fingerprint) throws IOException {
        file(relative, content);
    }
}
