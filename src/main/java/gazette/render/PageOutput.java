package gazette.render;

import java.io.IOException;

/** Where rendered pages go: the write stage. Called from many threads at once. */
public interface PageOutput {
    /** Stores {@code html} as {@code path + "index.html"}; {@code path} is relative to the site root. */
    void page(String path, String html) throws IOException;

    /** Stores {@code html} as the file {@code path} itself: {@code 404.html} sits at the root, not in a folder. */
    void file(String path, String html) throws IOException;
}
