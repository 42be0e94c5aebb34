package gazette.serve;

import gazette.incremental.KeptState;
import gazette.render.KeptTemplates;
import gazette.pipeline.Build;
import gazette.pipeline.BuildFailure;
import gazette.pipeline.BuildOptions;
import gazette.pipeline.BuildReport;
import gazette.pipeline.KeptArchive;
import gazette.pipeline.Progress;
import java.io.IOException;
import java.util.List;
import java.util.function.Consumer;

/**
 * One rebuild of the site, as a single call: the server neither knows nor cares whether it is a
 * full build or an incremental one, so a faster build slots in here and nowhere else.
 */
@FunctionalInterface
public interface SiteBuilder {
    BuildReport build() throws BuildFailure, IOException;

    /**
     * A rebuild after files were seen to change: the builder need not look for whether anything
     * did. {@code published} may be told the site files it changed (possibly none; null: too many
     * to name, or all) as soon as they are in place, before the build is done with, in more than
     * one call (the pages, then the search index: {@link Build#whenPublished}); it is not called
     * when the build published nothing.
     */
    default BuildReport buildAfterChanges(Consumer<List<String>> published) throws BuildFailure, IOException {
        return build();
    }

    /**
     * A {@link Build} each time, the whole pipeline, with the build state kept in memory from one
     * to the next (as long as nothing else writes it), the parsed templates (as long as the
     * theme's files are the same) and the archive (as long as the published articles and the
     * settings are the same: {@link KeptArchive}).
     */
    static SiteBuilder of(BuildOptions options) {
        return of(options, new KeptState(), new KeptTemplates());
    }

    /** {@link #of(BuildOptions)} with the state kept in {@code kept} and the templates in {@code templates}. */
    static SiteBuilder of(BuildOptions options, KeptState kept, KeptTemplates templates) {
        return of(options, kept, templates, new KeptArchive());
    }

    /** {@link #of(BuildOptions, KeptState, KeptTemplates)} with the archive kept in {@code archive}. */
    static SiteBuilder of(BuildOptions options, KeptState kept, KeptTemplates templates, KeptArchive archive) {
        return new SiteBuilder() {
            @Override
            public BuildReport build() throws BuildFailure, IOException {
                return new Build(options, Progress.NONE, kept, templates).keepingArchive(archive).run();
            }

            @Override
            public BuildReport buildAfterChanges(Consumer<List<String>> published) throws BuildFailure, IOException {
                return new Build(options, Progress.NONE, kept, templates).keepingArchive(archive).afterChanges().whenPublished(published).run();
            }
        };
    }
}
