package org.grassroots.task;

import static org.grassroots.shared.Texts.blankToNull;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.grassroots.audit.AuditService;
import org.grassroots.meeting.MeetingService;
import org.grassroots.org.OrgService;
import org.grassroots.org.PartyOrg;
import org.grassroots.region.Region;
import org.grassroots.region.RegionLevel;
import org.grassroots.region.RegionService;
import org.grassroots.shared.BusinessRuleException;
import org.grassroots.shared.InvalidInputException;
import org.grassroots.shared.InvalidInputException.Violation;
import org.grassroots.shared.NotFoundException;
import org.grassroots.shared.Scope;
import org.grassroots.shared.StaleEditException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Tasks issued down the chain. The issuer is the caller's own node; addressees lie below it in the
 * scope. A recipient row belongs to the caller when it is addressed to the caller's own node (or,
 * for an organization, to an organization sitting in the caller's own region); anyone else asking
 * for it gets the same 404 as for a missing id.
 */
@Service
@Transactional(readOnly = true)
public class TaskService {

    static final BigDecimal MAX_NUMBER = new BigDecimal("999999999999");

    private final WorkTaskRepository tasks;
    private final TaskRecipientRepository recipients;
    private final TaskNoteRepository notes;
    private final RegionService regions;
    private final OrgService orgs;
    private final MeetingService meetings;
    private final AuditService audit;
    private final Clock clock;

    TaskService(WorkTaskRepository tasks, TaskRecipientRepository recipients, TaskNoteRepository notes,
            RegionService regions, OrgService orgs, MeetingService meetings, AuditService audit, Clock clock) {
        this.tasks = tasks;
        this.recipients = recipients;
        this.notes = notes;
        this.regions = regions;
        this.orgs = orgs;
        this.meetings = meetings;
        this.audit = audit;
        this.clock = clock;
    }

    // ---------------------------------------------------------------- reading

    public LocalDate today() {
        return LocalDate.now(clock);
    }

    /** The caller's own node, or null for a caller without a data scope. */
    static Node own(Scope scope) {
        return switch (scope.kind()) {
            case REGION -> Node.region(scope.nodeId());
            case ORG -> Node.org(scope.nodeId());
            case NONE -> null;
        };
    }

    WorkTask requireTask(long id) {
        return tasks.findById(id).orElseThrow(() -> new NotFoundException("work_task", id));
    }

    /** The caller issued the task, or its issuer lies inside the caller's scope: the whole recipient table. */
    boolean seesAsIssuer(WorkTask task, Scope scope) {
        Node issuer = task.issuer();
        if (issuer.equals(own(scope))) {
            return true;
        }
        if (issuer.isRegion()) {
            return regions.findById(issuer.id()).map(r -> scope.coversRegion(r.getPath())).orElse(false);
        }
        return orgs.byIds(List.of(issuer.id())).stream()
                .anyMatch(o -> scope.coversOrg(o.getPath(), o.getRegionPath()));
    }

    boolean isMine(TaskRecipient r, Scope scope) {
        Node me = own(scope);
        if (me == null) {
            return false;
        }
        if (r.node().equals(me)) {
            return true;
        }
        if (r.getOrgId() != null && me.isRegion()) {
            return orgs.byIds(List.of(r.getOrgId())).stream()
                    .anyMatch(o -> Objects.equals(o.getRegion().getId(), me.id()));
        }
        return false;
    }

    /** A recipient row the caller acts on; any other row answers 404. */
    public TaskRecipient requireMine(long recipientId, Scope scope) {
        TaskRecipient r = recipients.findById(recipientId)
                .orElseThrow(() -> new NotFoundException("work_task_recipient", recipientId));
        if (!isMine(r, scope)) {
            throw new NotFoundException("work_task_recipient", recipientId);
        }
        return r;
    }

    /** The task when the caller sees it as its issuer or as one of its recipients; otherwise 404. */
    public WorkTask requireVisible(long taskId, Scope scope) {
        WorkTask task = requireTask(taskId);
        if (seesAsIssuer(task, scope) || recipientsOf(task).stream().anyMatch(r -> isMine(r, scope))) {
            return task;
        }
        throw new NotFoundException("work_task", taskId);
    }

    List<TaskRecipient> recipientsOf(WorkTask task) {
        return recipients.findByTaskIdOrderById(task.getId());
    }

    List<TaskNote> notesOf(TaskRecipient r) {
        return notes.findByRecipientIdOrderById(r.getId());
    }

    /** The scope of a recipient node: what its evidence may link to. */
    Scope scopeOf(Node node) {
        if (node.isRegion()) {
            Region region = regions.findById(node.id()).orElseThrow(() -> new NotFoundException("region", node.id()));
            return Scope.ofRegion(region.getId(), region.getPath());
        }
        PartyOrg org = orgs.byIds(List.of(node.id())).stream().findFirst()
                .orElseThrow(() -> new NotFoundException("party_org", node.id()));
        return Scope.ofOrg(org.getId(), org.getPath());
    }

    /** Every node one level below the caller's own: child regions, or the organizations of a community or organization. */
    List<Node> allBelow(Scope scope) {
        Node me = own(scope);
        if (me == null) {
            return List.of();
        }
        if (me.isRegion()) {
            Region region = regions.require(me.id(), scope);
            if (region.getLevel() != RegionLevel.COMMUNITY) {
                return regions.children(region).stream().map(r -> Node.region(r.getId())).toList();
            }
            List<PartyOrg> open = orgs.sittingIn(region, scope).stream().filter(o -> !o.isClosed()).toList();
            List<PartyOrg> underCommittee = open.stream().filter(o -> o.getParent() != null
                    && Objects.equals(o.getParent().getRegion().getId(), region.getId())).toList();
            return (underCommittee.isEmpty() ? open : underCommittee).stream().map(o -> Node.org(o.getId())).toList();
        }
        PartyOrg org = orgs.require(me.id(), scope);
        return orgs.children(org, scope).stream().filter(o -> !o.isClosed()).map(o -> Node.org(o.getId())).toList();
    }

    // ---------------------------------------------------------------- issuing

    @Transactional
    public WorkTask create(TaskForm form, Scope scope) {
        Node me = own(scope);
        if (me == null || !me.isRegion()) {
            throw new NotFoundException("region", scope.nodeId());
        }
        List<Node> to = addressees(form, scope);
        WorkTask task = tasks.saveAndFlush(WorkTask.issue(me, form.getTitle().trim(), form.getContent().trim(),
                form.getDeadline(), form.getPriority(), form.getEvidenceKind(), currentUser(), now()));
        send(task, to);
        audit.record("CREATE", "work_task", task.getId(), summary(task, to.size()));
        return task;
    }

    /** A received task goes on down: a child task keeps the original and where it came from. */
    @Transactional
    public WorkTask forward(long recipientId, TaskForm form, Scope scope) {
        TaskRecipient from = requireMine(recipientId, scope);
        if (from.isCompleted()) {
            throw new BusinessRuleException("task.forward.completed");
        }
        WorkTask parent = requireTask(from.getTaskId());
        form.setEvidenceKind(parent.getEvidenceKind());
        List<Node> to = addressees(form, scope);
        WorkTask child = tasks.saveAndFlush(WorkTask.forward(parent, from, own(scope), form.getTitle().trim(),
                form.getContent().trim(), form.getDeadline(), form.getPriority(), currentUser(), now()));
        send(child, to);
        audit.record("FORWARD", "work_task", child.getId(), "from task=" + parent.getId() + " recipient="
                + from.getId() + "; " + summary(child, to.size()));
        return child;
    }

    private void send(WorkTask task, List<Node> to) {
        for (Node n : to) {
            recipients.save(TaskRecipient.of(task.getId(), n));
        }
        recipients.flush();
    }

    /** The addressees of the form; every node named must lie strictly below the caller in the scope. */
    private List<Node> addressees(TaskForm form, Scope scope) {
        List<Violation> violations = new ArrayList<>();
        if (form.getDeadline().isBefore(today())) {
            violations.add(new Violation("deadline", "task.deadline.past"));
        }
        Node me = own(scope);
        Set<Node> to = new LinkedHashSet<>();
        if (form.getAudience() == Audience.ALL_BELOW) {
            to.addAll(allBelow(scope));
            if (to.isEmpty()) {
                violations.add(new Violation("audience", "task.recipients.noneBelow"));
            }
        } else {
            List<Long> regionIds = form.getRegionIds() == null ? List.of()
                    : form.getRegionIds().stream().filter(Objects::nonNull).distinct().toList();
            List<Long> orgIds = form.getOrgIds() == null ? List.of()
                    : form.getOrgIds().stream().filter(Objects::nonNull).distinct().toList();
            if (regionIds.isEmpty() && orgIds.isEmpty()) {
                violations.add(new Violation("regionIds", "task.recipients.required"));
            }
            List<Region> found = regions.byIds(regionIds);
            boolean regionsOk = found.size() == regionIds.size()
                    && found.stream().allMatch(r -> scope.coversRegion(r.getPath()) && !Node.region(r.getId())
                            .equals(me));
            if (!regionsOk) {
                violations.add(new Violation("regionIds", "task.recipients.outOfScope"));
            } else {
                found.forEach(r -> to.add(Node.region(r.getId())));
            }
            boolean orgsOk = true;
            for (Long id : orgIds) {
                try {
                    PartyOrg org = orgs.require(id, scope);
                    if (org.isClosed() || Node.org(id).equals(me)) {
                        orgsOk = false;
                    } else {
                        to.add(Node.org(id));
                    }
                } catch (NotFoundException e) {
                    orgsOk = false;
                }
            }
            if (!orgsOk) {
                violations.add(new Violation("orgIds", "task.recipients.outOfScope"));
            }
        }
        if (!violations.isEmpty()) {
            throw new InvalidInputException(violations);
        }
        return List.copyOf(to);
    }

    // ---------------------------------------------------------------- acting on a received task

    @Transactional
    public TaskRecipient acknowledge(long recipientId, Long version, Scope scope) {
        TaskRecipient r = requireMine(recipientId, scope);
        checkVersion(r, version);
        if (r.getStatus() != RecipientStatus.SENT) {
            return r;
        }
        r.acknowledge(now());
        return recipients.saveAndFlush(r);
    }

    @Transactional
    public TaskRecipient report(long recipientId, NoteForm form, Scope scope) {
        TaskRecipient r = requireMine(recipientId, scope);
        checkVersion(r, form.getVersion());
        if (r.isCompleted()) {
            throw new BusinessRuleException("task.status.cannotMove");
        }
        r.startWork(now());
        TaskRecipient saved = recipients.saveAndFlush(r);
        notes.saveAndFlush(new TaskNote(saved.getId(), form.getNote().trim(), currentUser(), now()));
        return saved;
    }

    /** Completes with the evidence the task asks for; wrong or missing evidence is a field error. */
    @Transactional
    public TaskRecipient complete(long recipientId, CompleteForm form, Scope scope) {
        TaskRecipient r = requireMine(recipientId, scope);
        checkVersion(r, form.getVersion());
        if (r.isCompleted()) {
            throw new BusinessRuleException("task.status.cannotMove");
        }
        WorkTask task = requireTask(r.getTaskId());
        String text = null;
        BigDecimal number = null;
        Long meetingId = null;
        switch (task.getEvidenceKind()) {
            case TEXT -> {
                text = blankToNull(form.getEvidenceText());
                if (text == null) {
                    throw BusinessRuleException.onField("evidenceText", "task.evidence.text.required");
                }
            }
            case NUMBER -> number = number(form.getEvidenceNumber());
            case RECORD -> {
                meetingId = form.getEvidenceMeetingId();
                if (meetingId == null) {
                    throw BusinessRuleException.onField("evidenceMeetingId", "task.evidence.meeting.required");
                }
                try {
                    meetings.require(meetingId, scopeOf(r.node()));
                } catch (NotFoundException e) {
                    throw BusinessRuleException.onField("evidenceMeetingId", "task.evidence.meeting.notFound");
                }
            }
        }
        r.complete(text, number, meetingId, currentUser(), now());
        TaskRecipient saved = recipients.saveAndFlush(r);
        String note = blankToNull(form.getNote());
        if (note != null) {
            notes.saveAndFlush(new TaskNote(saved.getId(), note, currentUser(), now()));
        }
        audit.record("COMPLETE", "work_task_recipient", saved.getId(), "task=" + task.getId() + " evidence="
                + task.getEvidenceKind() + (number != null ? " " + number : "")
                + (meetingId != null ? " meeting=" + meetingId : ""));
        return saved;
    }

    static BigDecimal number(String typed) {
        String s = blankToNull(typed);
        if (s == null) {
            throw BusinessRuleException.onField("evidenceNumber", "task.evidence.number.required");
        }
        BigDecimal value;
        try {
            value = new BigDecimal(s.replace(",", ""));
        } catch (NumberFormatException e) {
            throw BusinessRuleException.onField("evidenceNumber", "task.evidence.number.invalid");
        }
        if (value.abs().compareTo(MAX_NUMBER) > 0) {
            throw BusinessRuleException.onField("evidenceNumber", "task.evidence.number.invalid");
        }
        return value.setScale(2, RoundingMode.HALF_UP);
    }

    private static void checkVersion(TaskRecipient r, Long version) {
        if (version == null || version != r.getVersion()) {
            throw new StaleEditException(r, r.getVersion());
        }
    }

    // ---------------------------------------------------------------- helpers

    private Instant now() {
        return clock.instant();
    }

    private static String currentUser() {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        return auth == null ? "system" : auth.getName();
    }

    private static String summary(WorkTask t, int recipientCount) {
        return t.getTitle() + " deadline=" + t.getDeadline() + " priority=" + t.getPriority() + " evidence="
                + t.getEvidenceKind() + " recipients=" + recipientCount;
    }
}
