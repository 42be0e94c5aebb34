package gazette.build;

import java.nio.file.Path;

/**
 * What to build and where.
 *
 * @param content    the content folder
 * @param templates  the templates folder (may not exist: the default theme then serves alone)
 * @param out        the output folder, replaced whole when the build succeeds
 * @param settings   the settings file (may not exist: defaults)
 * @param baseUrl    overrides the settings' base URL when not null
 * @param drafts     publish articles marked {@code draft: true}
 */
public record BuildOptions(Path content, Path templates, Path out, Path settings, String baseUrl, boolean drafts) {}
