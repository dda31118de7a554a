package org.grassroots.audit;

import java.time.Clock;
import org.springframework.data.domain.Page;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Writes audit rows in the caller's transaction: an audited change and its row commit together.
 * Summaries never carry secrets or full ID numbers.
 */
@Service
public class AuditService {

    private static final int MAX_SUMMARY = 2000;
    static final int PAGE_SIZE = 20;
    static final int MAX_EXPORT = 50_000;
    private static final org.springframework.data.domain.Sort NEWEST_FIRST =
            org.springframework.data.domain.Sort.by("occurredAt").descending().and(
                    org.springframework.data.domain.Sort.by("id").descending());

    private final AuditEventRepository events;
    private final Clock clock;

    AuditService(AuditEventRepository events, Clock clock) {
        this.events = events;
        this.clock = clock;
    }

    @Transactional(propagation = Propagation.MANDATORY)
    public void record(String action, String entityType, Long entityId, String summary) {
        write(currentUser(), action, entityType, entityId, summary);
    }

    /** For events outside a business transaction, such as sign-in. */
    @Transactional
    public void recordAs(String username, String action, String entityType, Long entityId, String summary) {
        write(username, action, entityType, entityId, summary);
    }

    private void write(String username, String action, String entityType, Long entityId, String summary) {
        String text = summary == null || summary.length() <= MAX_SUMMARY ? summary : summary.substring(0, MAX_SUMMARY);
        events.save(new AuditEvent(clock.instant(), username, action, entityType, entityId, text));
    }

    /** One page of the audit trail, newest first. */
    @Transactional(readOnly = true)
    public Page<AuditEvent> find(AuditFilter filter, int page) {
        return events.findAll(AuditSpecs.matching(filter, java.time.ZoneId.systemDefault()),
                org.springframework.data.domain.PageRequest.of(Math.max(0, page), PAGE_SIZE, NEWEST_FIRST));
    }

    /** The whole filtered trail for the export, newest first, at most {@link #MAX_EXPORT} rows. */
    @Transactional(readOnly = true)
    public java.util.List<AuditEvent> findForExport(AuditFilter filter) {
        return events.findAll(AuditSpecs.matching(filter, java.time.ZoneId.systemDefault()),
                org.springframework.data.domain.PageRequest.of(0, MAX_EXPORT, NEWEST_FIRST)).getContent();
    }

    @Transactional(readOnly = true)
    public java.util.List<String> entityTypes() {
        return events.entityTypes();
    }

    @Transactional(readOnly = true)
    public java.util.List<String> actions() {
        return events.actions();
    }

    @Transactional(readOnly = true)
    public long count(String action, String entityType, Long entityId) {
        return events.countByActionAndEntityTypeAndEntityId(action, entityType, entityId);
    }

    /** The signed-in user's name, or "system" for work no user started; also used for history rows. */
    public static String currentUser() {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        return auth == null ? "system" : auth.getName();
    }
}
