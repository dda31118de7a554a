package org.grassroots.reporting;

import java.util.List;

/** Several fields broke reporting rules; each problem goes beside its field, with its arguments. */
class ReportingInputException extends RuntimeException {

    private final transient List<ReportingPolicy.Problem> problems;

    ReportingInputException(List<ReportingPolicy.Problem> problems) {
        super("invalid reporting input: " + problems.stream().map(ReportingPolicy.Problem::key).toList());
        this.problems = List.copyOf(problems);
    }

    List<ReportingPolicy.Problem> problems() {
        return problems;
    }
}
