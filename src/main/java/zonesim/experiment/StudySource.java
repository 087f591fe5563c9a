package zonesim.experiment;

import java.io.Serializable;
import zonesim.model.Study;

/**
 * How a task far from the driver rebuilds a study: a small serializable recipe (for
 * example the scenario's text and the command line's overrides) instead of the model
 * itself. {@link #study()} must be a pure function of the recipe, so that a task run twice
 * (a retry) or anywhere prepares the same {@link RunPlan} as the driver.
 */
public interface StudySource extends Serializable {
    /** The study; the driver has loaded it already, so a failure here is an internal error (unchecked). */
    Study study();
}
