package org.grassroots.audit;

import java.time.Clock;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
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

    @Transactional(readOnly = true)
    public Page<AuditEvent> search(String q, Pageable pageable) {
        return events.search(q == null ? "" : q.trim(), pageable);
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
