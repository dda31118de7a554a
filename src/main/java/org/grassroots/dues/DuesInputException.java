package org.grassroots.dues;

import java.util.List;
import org.springframework.validation.BindingResult;

/** Dues input that breaks the rules; each violation goes beside its field, with the month or sum it names. */
class DuesInputException extends RuntimeException {

    private final transient List<Violation> violations;

    DuesInputException(List<Violation> violations) {
        super("invalid dues input: " + violations);
        this.violations = List.copyOf(violations);
    }

    DuesInputException(Violation violation) {
        this(List.of(violation));
    }

    List<Violation> violations() {
        return violations;
    }

    /** Puts every violation on the form: a field error beside its field, or a global one. */
    void rejectOn(BindingResult result) {
        for (Violation v : violations) {
            Object[] args = v.args().clone();
            for (int i = 0; i < args.length; i++) {
                args[i] = args[i] == null ? "" : args[i].toString();
            }
            if (v.field() == null) {
                result.reject(v.key(), args, v.key());
            } else {
                result.rejectValue(v.field(), v.key(), args, v.key());
            }
        }
    }
}
