package org.grassroots.shared;

import java.util.List;

/** Several fields broke rules that need more than the form to check; the form shows each one. */
public class InvalidInputException extends RuntimeException {

    public record Violation(String field, String messageKey) {
    }

    private final transient List<Violation> violations;

    public InvalidInputException(List<Violation> violations) {
        super("invalid input: " + violations);
        this.violations = List.copyOf(violations);
    }

    public List<Violation> violations() {
        return violations;
    }
}
