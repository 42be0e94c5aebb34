package gazette.pipeline;

import java.util.List;

/** A build that cannot go on: every problem found, each one line for the user. */
public final class BuildFailure extends Exception {
    private final List<String> problems;

    public BuildFailure(List<String> problems) {
        super(problems.size() == 1 ? problems.get(0) : problems.size() + " problems", null, false, false);
        this.problems = List.copyOf(problems);
    }

    public List<String> problems() {
        return problems;
    }
}
