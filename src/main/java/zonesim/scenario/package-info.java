/**
 * Scenario files (SPEC 2-5) to immutable {@link zonesim.model.Study} records, with every
 * problem located as {@code file:line:col: yaml.path: message}.
 *
 * <p>{@link zonesim.scenario.ScenarioLoader} is the entry point. {@code YamlTree} composes the
 * text with snakeyaml-engine (nodes keep their marks) and checks duplicate keys; {@code Fields}
 * and {@code Values} read mappings and scalars; {@code DistributionReader}, {@code TopologyReader},
 * {@code FailuresReader}, {@code RegistryReader}, {@code ClientsReader}, {@code ServiceReader},
 * {@code OutagesReader} and {@code ChangesReader} read one section each; {@code ScenarioReader}
 * ties them together; {@code Merger} and {@code ConfigurationsReader} build the variants of
 * SPEC 5; {@code PlatformRules} checks SPEC 4.4; {@code Checks} holds cross-section checks.
 * Built-in defaults are documented on the class that applies them and in
 * {@code scenarios/reference.yaml}.
 */
package zonesim.scenario;
