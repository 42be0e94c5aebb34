package gazette.read;

import java.util.List;

/**
 * What the read stage knows of one content file, kept between builds so an unchanged file is
 * not read again: its size and modification time when read, the fingerprint of its bytes, and
 * the article it gave (with any warnings).
 */
public record SourceFile(long size, long modified, long hash, Article article, List<String> warnings) {}
