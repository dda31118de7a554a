package org.grassroots.shared.web;

import org.grassroots.shared.BusinessRuleException;
import org.grassroots.shared.InvalidInputException;
import org.springframework.validation.BindingResult;

/** Puts service-side rule failures on the form, beside their fields. */
public final class Forms {

    private Forms() {
    }

    public static void reject(BindingResult result, BusinessRuleException e) {
        if (e.field() != null) {
            result.rejectValue(e.field(), e.messageKey(), e.args(), e.messageKey());
        } else {
            result.reject(e.messageKey(), e.args(), e.messageKey());
        }
    }

    public static void reject(BindingResult result, InvalidInputException e) {
        e.violations().forEach(v -> result.rejectValue(v.field(), v.messageKey(), v.messageKey()));
    }
}
