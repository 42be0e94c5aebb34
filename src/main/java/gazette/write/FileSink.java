package gazette.write;

import java.io.IOException;

/** Where feeds and sitemaps go: {@link OutputFolder#file} in a build, a map in tests. */
@FunctionalInterface
public interface FileSink {
    void file(String relative, byte[] content) throws IOException;
}
