package gazette.write;

import java.io.IOException;

/** Where feeds and sitemaps go: {@link OutputFolder} in a build, a map in tests. */
@FunctionalInterface
public interface FileSink {
    void file(String relative, byte[] content) throws IOException;

    /**
     * Claims the last build's file for this build when it was made from inputs with this
     * fingerprint and is still in place: true means it stands as it is and the caller need not
     * make it; false, that it must be made.
     */
    default boolean reuse(String relative, long fingerprint) {
        return false;
    }

    /** What {@link #reuse} would answer, without claiming the file: for files that stand or fall together. */
    default boolean reusable(String relative, long fingerprint) {
        return false;
    }

    /**
     * Claims the last build's file for this build, under the fingerprint it was made with, when
     * it is still in place: for a file the caller knows to be the same as then. False: it must be made.
     */
    default boolean keep(String relative) {
        return false;
    }

    /** What {@link #keep} would answer, without claiming the file. */
    default boolean keepable(String relative) {
        return false;
    }

    /** True when the last build made the file from inputs with this fingerprint, whatever became of it since. */
    default boolean madeLastTime(String relative, long fingerprint) {
        return false;
    }

    /** Stores a file made from inputs with the given fingerprint (0: none, always made again). */
    default void file(String relative, byte[] content, long fingerprint) throws IOException {
        file(relative, content);
    }
}
