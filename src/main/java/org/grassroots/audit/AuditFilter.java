package org.grassroots.audit;

import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import lombok.Getter;
import lombok.Setter;
import org.springframework.format.annotation.DateTimeFormat;

/** The audit view's filters; every one optional, each matched exactly (dates inclusive). */
@Getter
@Setter
public class AuditFilter {

    @Size(max = 100, message = "{audit.filter.tooLong}")
    private String username;

    @Size(max = 100, message = "{audit.filter.tooLong}")
    private String entityType;

    @Size(max = 100, message = "{audit.filter.tooLong}")
    private String action;

    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate from;

    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate to;

    /** The filters as one line for the export's own audit row (usernames, codes and dates only). */
    String describe() {
        StringBuilder s = new StringBuilder();
        append(s, "user", username);
        append(s, "entity", entityType);
        append(s, "action", action);
        append(s, "from", from);
        append(s, "to", to);
        return s.toString();
    }

    private static void append(StringBuilder s, String name, Object value) {
        if (value != null && !value.toString().isBlank()) {
            s.append(s.isEmpty() ? "" : " ").append(name).append('=').append(value);
        }
    }

    /** The same filters without the ones the binder or validator refused. */
    AuditFilter withoutRejected(org.springframework.validation.Errors errors) {
        AuditFilter kept = new AuditFilter();
        kept.username = errors.hasFieldErrors("username") ? null : username;
        kept.entityType = errors.hasFieldErrors("entityType") ? null : entityType;
        kept.action = errors.hasFieldErrors("action") ? null : action;
        kept.from = errors.hasFieldErrors("from") ? null : from;
        kept.to = errors.hasFieldErrors("to") ? null : to;
        return kept;
    }
}
