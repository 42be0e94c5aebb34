package gazette.pipeline;

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
 * @param future     publish articles dated after the build time (embargoed otherwise)
 * @param keepGoing  publish the good articles even when some files have problems; the report
 *                   lists the files left out (a failed build otherwise)
 * @param clean      ignore what the last build left and build everything
 * @param waitForOthers when another build is writing into the output folder, wait for it (else fail at once)
 * @param link       publish by link: the output folder becomes a symbolic link to the newest build, changed in one step
 */
public record BuildOptions(Path content, Path templates, Path out, Path settings, String baseUrl, boolean drafts, boolean future,
                           boolean keepGoing, boolean clean, boolean waitForOthers, boolean link) {
    public BuildOptions(Path content, Path templates, Path out, Path settings, String baseUrl, boolean drafts, boolean future,
                        boolean keepGoing, boolean clean, boolean waitForOthers) {
        this(content, templates, out, settings, baseUrl, drafts, future, keepGoing, clean, waitForOthers, false);
    }

    public BuildOptions(Path content, Path templates, Path out, Path settings, String baseUrl, boolean drafts, boolean future,
                        boolean keepGoing, boolean clean) {
        this(content, templates, out, settings, baseUrl, drafts, future, keepGoing, clean, false);
    }

    public BuildOptions(Path content, Path templates, Path out, Path settings, String baseUrl, boolean drafts, boolean future,
                        boolean keepGoing) {
        this(content, templates, out, settings, baseUrl, drafts, future, keepGoing, false);
    }

    /** Without --keep-going: any bad file fails the build, and nothing is published. */
    public BuildOptions(Path content, Path templates, Path out, Path settings, String baseUrl, boolean drafts, boolean future) {
        this(content, templates, out, settings, baseUrl, drafts, future, false);
    }

    /** Without --future: articles dated after the build time wait for it. */
    public BuildOptions(Path content, Path templates, Path out, Path settings, String baseUrl, boolean drafts) {
        this(content, templates, out, settings, baseUrl, drafts, false);
    }
}
