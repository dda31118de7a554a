package org.grassroots.development;

import java.util.List;

/** A step broke rules of DevelopmentPolicy; each violation goes beside its field, with its dates. */
class StepRefused extends RuntimeException {

    private final transient List<DevelopmentPolicy.Violation> violations;

    StepRefused(List<DevelopmentPolicy.Violation> violations) {
        super("development step refused: " + violations.stream().map(DevelopmentPolicy.Violation::key).toList());
        this.violations = List.copyOf(violations);
    }

    List<DevelopmentPolicy.Violation> violations() {
        return violations;
    }
}
