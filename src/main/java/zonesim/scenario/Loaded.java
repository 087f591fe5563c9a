package zonesim.scenario;

import java.util.List;
import zonesim.model.Study;

/**
 * A successfully loaded scenario file: the study (baseline first, then the variants) and
 * the notices and warnings found on the way, each formatted {@code file:line:col: path: message}.
 */
public record Loaded(Study study, List<String> notices) {
    public Loaded {
        notices = List.copyOf(notices);
    }
}
