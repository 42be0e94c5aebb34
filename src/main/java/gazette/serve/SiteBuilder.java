package gazette.serve;

import gazette.pipeline.Build;
import gazette.pipeline.BuildFailure;
import gazette.pipeline.BuildOptions;
import gazette.pipeline.BuildReport;
import java.io.IOException;

/**
 * One rebuild of the site, as a single call: the server neither knows nor cares whether it is a
 * full build or an incremental one, so a faster build slots in here and nowhere else.
 */
@FunctionalInterface
public interface SiteBuilder {
    BuildReport build() throws BuildFailure, IOException;

    /** Today's build: a fresh {@link Build} each time, the whole pipeline. */
    static SiteBuilder of(BuildOptions options) {
        return () -> new Build(options).run();
    }
}
