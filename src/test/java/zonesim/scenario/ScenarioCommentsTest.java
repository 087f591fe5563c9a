package zonesim.scenario;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Comments are kept with the key they describe, so the report can show the sources a scenario cites. */
class ScenarioCommentsTest {
    @Test
    void commentsBelongToTheKeyBelowOrBesideThemAndListEntriesGoByName() {
        String yaml = """
                # A scenario about zones.
                # It cites nothing itself.
                name: z

                topology:
                  failures:
                    # Utility power: EIA SAIDI 2021-2023.
                    power: { mttf: 8mo }
                  common_cause:
                    # Azure AD outage of 15 March 2021.
                    - name: acr-global
                      mttf: 12y
                costs:
                  failed_push: 1   # a retried step
                """;
        assertEquals(List.of(new ScenarioComments.Note("", "A scenario about zones. It cites nothing itself."),
                new ScenarioComments.Note("topology.failures.power", "Utility power: EIA SAIDI 2021-2023."),
                new ScenarioComments.Note("topology.common_cause.acr-global", "Azure AD outage of 15 March 2021."),
                new ScenarioComments.Note("costs.failed_push", "a retried step")), ScenarioComments.of(yaml));
    }

    @Test
    void anUnreadableFileHasNoNotes() {
        assertEquals(List.of(), ScenarioComments.read(java.nio.file.Path.of("no-such-file.yaml")));
    }
}
