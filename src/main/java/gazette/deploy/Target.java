package gazette.deploy;

import java.io.IOException;
import java.util.List;
import java.util.Map;

/** Where a site is deployed: a bucket, a folder. */
interface Target extends AutoCloseable {
    /** What is there: each object's key and MD5 (hex), as cheaply as the target can say. */
    Map<String, String> list() throws IOException;

    /** Puts one file, whole or not at all, with its headers. */
    void put(SiteFile file, String contentType, String cacheControl) throws IOException;

    /** Removes objects; those already gone are no error. */
    void delete(List<String> keys) throws IOException;

    /** What the summary names the target. */
    String describe();

    @Override
    default void close() throws IOException {}
}
