package gazette.cli;

import java.nio.file.Path;
import picocli.CommandLine.Option;

/** The options that say what to build, shared by {@code build} and {@code serve} (each names its own output folder). */
final class SiteOptions {
    @Option(names = "--content", paramLabel = "DIR", defaultValue = "content", description = "folder of articles (.md, .txt), searched recursively (default: ${DEFAULT-VALUE})")
    Path content;

    @Option(names = "--templates", paramLabel = "DIR", defaultValue = "templates", description = "Freemarker templates and static/ assets; the built-in theme fills in any that are missing (default: ${DEFAULT-VALUE})")
    Path templates;

    @Option(names = "--config", paramLabel = "FILE", defaultValue = "gazette.yaml", description = "settings file; the build uses defaults when it does not exist (default: ${DEFAULT-VALUE})")
    Path config;

    @Option(names = "--drafts", description = "also publish articles marked draft: true")
    boolean drafts;

    @Option(names = "--future", description = "also publish articles dated after the build time (the clock, or SOURCE_DATE_EPOCH when set)")
    boolean future;
}
