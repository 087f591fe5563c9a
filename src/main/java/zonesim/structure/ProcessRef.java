package zonesim.structure;

import zonesim.model.FailureSpec;
import zonesim.model.ProcessKind;

/**
 * One random process of the model: the element it belongs to (the first part of its stream
 * key, SPEC 4.9), its kind, its own path (SPEC 4.2: {@code eastus/az1/dc1/power},
 * {@code eastus/az1}, {@code replica:eastus}, {@code common_cause:acr-global}, {@code endpoint})
 * and its failure/repair spec.
 */
public record ProcessRef(String elementPath, ProcessKind kind, String path, FailureSpec spec) { }
