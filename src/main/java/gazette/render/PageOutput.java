package gazette.render;

import java.io.IOException;

/** Where rendered pages go: the write stage. Called from many threads at once. */
@FunctionalInterface
public interface PageOutput {
    /** Stores {@code html} as {@code path + "index.html"}; {@code path} is relative to the site root. */
    void page(String path, String html) throws IOException;
}
