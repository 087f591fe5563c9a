package zonesim.scenario;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/** A scenario file that cannot be used: every problem found, in document order. */
public final class ScenarioException extends Exception {
    private static final long serialVersionUID = 1L;

    private final ArrayList<Problem> problems;

    /** An exception carrying at least one problem. */
    public ScenarioException(List<Problem> problems) {
        super(problems.stream().map(Problem::toString).collect(Collectors.joining("\n")));
        if (problems.isEmpty()) {
            throw new IllegalArgumentException("a ScenarioException needs at least one problem");
        }
        this.problems = new ArrayList<>(problems);
    }

    /** The problems, in document order. */
    public List<Problem> problems() {
        return List.copyOf(problems);
    }
}
