package gazette.deploy;

import java.nio.file.Path;

/**
 * A file of the built site, as a deploy sees it.
 *
 * @param key   its path in the site ({@code 2024/03/07/tides/index.html}), '/' between names
 * @param file  where it is on this machine
 * @param size  its length in bytes, as sent
 * @param md5   the MD5 of what is sent, in hex: what S3 gives as an object's ETag, so a listing says what changed
 * @param kind  what it is, for its cache policy and its turn in the upload order
 * @param gzip  sent gzip-compressed ({@link Gzip}): to S3 with {@code Content-Encoding: gzip}; to a folder as the
 *              {@code .gz} sibling a server's {@code gzip_static} sends
 */
public record SiteFile(String key, Path file, long size, String md5, Kind kind, boolean gzip) {
    public SiteFile(String key, Path file, long size, String md5, Kind kind) {
        this(key, file, size, md5, kind, false);
    }

    /** What a file is; the order of the values is the order of upload, so that no link is ever broken on the host. */
    public enum Kind {
        /** Pictures' derivatives and the theme's files' fingerprinted copies: named by their bytes, so they never change. */
        FINGERPRINTED,
        /** Styles, scripts, the search index and anything else a page needs. */
        ASSET,
        /** An article's page. */
        ARTICLE,
        /** Other pages that are not listings: search, not found. */
        PAGE,
        /** Pages that list articles (date pages, tags, sections, the front's later pages), feeds and sitemaps. */
        LISTING,
        /** The front page, last: when it shows a new story, everything the story links to is there. */
        HOME
    }
}
