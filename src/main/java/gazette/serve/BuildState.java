package gazette.serve;

import java.time.Instant;
import java.util.List;

/**
 * What the server knows about the site it serves.
 *
 * @param version   names the last good build ("run-generation"): a page remembers it, and reloads
 *                  when the server announces another one (a rebuild, or a restarted server)
 * @param problems  the lines of the latest build's failure, empty while the site builds
 * @param since     when this state began: HTML responses change with it, so it bounds Last-Modified
 */
public record BuildState(String version, List<String> problems, Instant since) {
    public BuildState {
        problems = List.copyOf(problems);
    }

    public boolean broken() {
        return !problems.isEmpty();
    }

    /** The problems as one text, one per line. */
    public String problemText() {
        return String.join("\n", problems);
    }
}
