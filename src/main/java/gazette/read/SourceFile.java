package gazette.read;

import java.util.List;

/**
 * What the read stage knows of one content file, kept between builds so an unchanged file is
 * not read again: its size and modification time when read, the fingerprint of its bytes, and
 * the article it gave (with any warnings).
 *
 * @param unpublishable a problem that keeps the article off the site if it is to be published (a
 *                      news field that cannot be used), or null; a draft or an embargoed article
 *                      is not published, so for it the problem does not count
 */
public record SourceFile(long size, long modified, long hash, Article article, List<String> warnings, Problem unpublishable) {
    public SourceFile(long size, long modified, long hash, Article article, List<String> warnings) {
        this(size, modified, hash, article, warnings, null);
    }
}
