package org.grassroots.audit;

import java.util.List;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Reads the rows of an audit export and records the export itself, in one transaction. */
@Component
class AuditExportLog {

    private final AuditService audit;

    AuditExportLog(AuditService audit) {
        this.audit = audit;
    }

    @Transactional
    List<AuditEvent> readAndRecord(AuditFilter filter) {
        List<AuditEvent> rows = audit.findForExport(filter);
        String filters = filter.describe();
        audit.record("EXPORT", "audit_event", null, "rows=" + rows.size() + (filters.isEmpty() ? "" : " " + filters));
        return rows;
    }
}
