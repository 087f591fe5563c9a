/**
 * {@code zonesim import} (SPEC 8): a scenario from a real registry definition.
 *
 * <p>{@link zonesim.importer.Importer} is the entry point. {@code JsonDoc} parses each file with
 * Jackson's streaming parser into a tree plus the line and column of every value (by JSON
 * pointer), so every message reads {@code file:line:col: /pointer: message}. Readers recognise
 * their input by content and report what they find to {@code Found}: {@code AzCliReader}
 * (az acr show / replication list, REST), {@code ArmReader} with {@code ArmScope},
 * {@code ArmExpression} and {@code ArmFunctions} (ARM templates, exports, Bicep output) and
 * {@code ArmParameters} (parameters files), {@code TerraformReader} (terraform show -json,
 * state files). {@code Assembler} chooses the registry and attaches its replications,
 * {@code RegionNames} maps locations to catalogue ids, {@code PlatformChoice} picks topology
 * zones and the platform, {@code Alternatives} the configurations, and {@code Writer} writes
 * the YAML with a comment on where each value came from ({@code Origin}, {@code Sourced}),
 * using the documented default parameters of {@code Defaults}.
 */
package zonesim.importer;
