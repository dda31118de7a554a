package org.grassroots.task;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.grassroots.region.Region;
import org.grassroots.region.RegionLevel;
import org.grassroots.region.RegionService;
import org.grassroots.shared.Pager;
import org.grassroots.shared.Scope;
import org.grassroots.task.TaskViews.ChildRef;
import org.grassroots.task.TaskViews.InboxPage;
import org.grassroots.task.TaskViews.ListPage;
import org.grassroots.task.TaskViews.OverduePage;
import org.grassroots.task.TaskViews.OverdueRow;
import org.grassroots.task.TaskViews.ParentRef;
import org.grassroots.task.TaskViews.RecipientLine;
import org.grassroots.task.TaskViews.RecipientPage;
import org.grassroots.task.TaskViews.Tab;
import org.grassroots.task.TaskViews.TaskPage;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Builds the task pages, and the overdue figures of a region for the level pages. */
@Service
@Transactional(readOnly = true)
public class TaskPages {

    private final TaskService tasks;
    private final TaskQueries queries;
    private final RegionService regions;
    private final TaskDeadlinePolicy policy;

    TaskPages(TaskService tasks, TaskQueries queries, RegionService regions, TaskRules rules) {
        this.tasks = tasks;
        this.queries = queries;
        this.regions = regions;
        this.policy = new TaskDeadlinePolicy(rules);
    }

    TaskDeadlinePolicy policy() {
        return policy;
    }

    ListPage list(Tab tab, String q, RecipientStatus status, boolean overdue, int page, Scope scope) {
        LocalDate today = tasks.today();
        TaskQueries.Filter filter = new TaskQueries.Filter(q, status, overdue, false);
        if (tab == Tab.ISSUED) {
            Pager pager = Pager.of(page, queries.countIssued(scope, filter, today));
            return new ListPage(tab, q, status, overdue,
                    queries.issued(scope, filter, today, pager.offset(), pager.size()), List.of(), pager);
        }
        Pager pager = Pager.of(page, queries.countReceived(scope, filter, today));
        return new ListPage(tab, q, status, overdue, List.of(),
                queries.received(scope, filter, today, policy, pager.offset(), pager.size()), pager);
    }

    /** The caller's open tasks, nearest deadline first, with how many are due soon and overdue. */
    InboxPage inbox(int page, Scope scope) {
        LocalDate today = tasks.today();
        TaskQueries.Filter open = new TaskQueries.Filter(null, null, false, true);
        long[] counts = queries.inboxCounts(scope, today, policy.soonUntil(today));
        Pager pager = Pager.of(page, counts[0]);
        return new InboxPage(queries.received(scope, open, today, policy, pager.offset(), pager.size()), pager,
                counts[0], counts[1], counts[2]);
    }

    TaskPage task(long id, int page, Scope scope) {
        WorkTask task = tasks.requireVisible(id, scope);
        LocalDate today = tasks.today();
        boolean issuerView = tasks.seesAsIssuer(task, scope);
        List<TaskRecipient> all = tasks.recipientsOf(task);
        List<Long> mineIds = all.stream().filter(r -> tasks.isMine(r, scope)).map(TaskRecipient::getId).toList();
        Map<RecipientStatus, Long> counts = issuerView ? queries.counts(id) : Map.of();
        List<RecipientLine> lines = List.of();
        Pager pager = Pager.of(0, 0);
        long overdue = 0;
        long dueSoon = 0;
        if (issuerView) {
            pager = Pager.of(page, all.size());
            lines = queries.lines(id, today, policy, pager.offset(), pager.size());
            for (TaskRecipient r : all) {
                Urgency u = policy.urgency(task.getDeadline(), r.getStatus(), today);
                overdue += u == Urgency.OVERDUE ? 1 : 0;
                dueSoon += u == Urgency.DUE_SOON ? 1 : 0;
            }
        }
        List<Long> forwardedFrom = issuerView ? all.stream().map(TaskRecipient::getId).toList() : mineIds;
        return new TaskPage(task, queries.nodeName(task.issuer()), parent(task, scope), issuerView, counts, overdue,
                dueSoon, lines, pager, queries.linesByIds(mineIds, today, policy),
                queries.forwardedFrom(forwardedFrom));
    }

    RecipientPage recipient(long recipientId, Scope scope) {
        TaskRecipient r = tasks.requireMine(recipientId, scope);
        WorkTask task = tasks.requireTask(r.getTaskId());
        List<TaskViews.MeetingChoice> meetings = task.getEvidenceKind() == EvidenceKind.RECORD && !r.isCompleted()
                ? queries.meetingChoices(tasks.scopeOf(r.node())) : List.of();
        List<ChildRef> forwarded = queries.forwardedFrom(List.of(r.getId()));
        return new RecipientPage(task, queries.nodeName(task.issuer()), parent(task, scope), r,
                queries.nodeName(r.node()), policy.urgency(task.getDeadline(), r.getStatus(), tasks.today()),
                tasks.notesOf(r).stream().map(TaskViews.NoteView::of).toList(), meetings, forwarded,
                r.getEvidenceMeetingId() == null ? null : queries.meetingName(r.getEvidenceMeetingId()));
    }

    WorkTask taskOf(TaskRecipient r) {
        return tasks.requireTask(r.getTaskId());
    }

    List<TaskViews.Choice> regionChoices(Scope scope) {
        return queries.regionChoices(scope);
    }

    List<TaskViews.Choice> orgChoices(Scope scope) {
        return queries.orgChoices(scope);
    }

    List<RecipientLine> allLines(long taskId, Scope scope) {
        WorkTask task = tasks.requireVisible(taskId, scope);
        if (!tasks.seesAsIssuer(task, scope)) {
            throw new org.grassroots.shared.NotFoundException("work_task", taskId);
        }
        return queries.allLines(taskId, tasks.today(), policy);
    }

    private ParentRef parent(WorkTask task, Scope scope) {
        if (task.getParentTaskId() == null) {
            return null;
        }
        WorkTask parent = tasks.requireTask(task.getParentTaskId());
        boolean visible;
        try {
            tasks.requireVisible(parent.getId(), scope);
            visible = true;
        } catch (org.grassroots.shared.NotFoundException e) {
            visible = false;
        }
        return new ParentRef(parent.getId(), parent.getTitle(), queries.nodeName(parent.issuer()), visible);
    }

    /**
     * For the level pages: per child region of a region in scope (the community itself for a
     * community), the recipients located inside it that are not completed, of them due soon and
     * overdue; the total sums the children. A region recipient is located where it is, an
     * organization recipient where the organization sits.
     */
    public OverduePage overdue(long regionId, Scope scope) {
        Region region = regions.require(regionId, scope);
        LocalDate today = tasks.today();
        List<TaskQueries.Located> located = queries.openUnder(region.getPath(), today, policy.soonUntil(today));
        List<Region> children = region.getLevel() == RegionLevel.COMMUNITY ? List.of(region)
                : regions.children(region);
        List<OverdueRow> rows = new ArrayList<>();
        long open = 0;
        long soon = 0;
        long late = 0;
        for (Region child : children) {
            long o = 0;
            long s = 0;
            long l = 0;
            for (TaskQueries.Located x : located) {
                if (x.path().startsWith(child.getPath())) {
                    o += x.open();
                    s += x.dueSoon();
                    l += x.overdue();
                }
            }
            rows.add(new OverdueRow(child, o, s, l));
            open += o;
            soon += s;
            late += l;
        }
        return new OverduePage(region, rows, new OverdueRow(region, open, soon, late));
    }
}
