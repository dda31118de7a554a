package org.grassroots.assessment;

import java.util.List;

/** Publishing refused: the weights break the rule; each problem names the sums. The tree stays a draft. */
class WeightsBrokenException extends RuntimeException {

    private final transient List<WeightRule.Problem> problems;

    WeightsBrokenException(List<WeightRule.Problem> problems) {
        super("weights: " + problems);
        this.problems = List.copyOf(problems);
    }

    List<WeightRule.Problem> problems() {
        return problems;
    }
}
