package org.grassroots.task;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.grassroots.region.Region;
import org.grassroots.shared.Pager;

/** What the task pages show. */
public final class TaskViews {

    private TaskViews() {
    }

    /** The two lists of /tasks: tasks the caller's node issued, and rows addressed to it. */
    public enum Tab { ISSUED, RECEIVED }

    /** A row addressed to the caller, with the task it belongs to. */
    public record ReceivedRow(long recipientId, long taskId, String title, LocalDate deadline, TaskPriority priority,
            RecipientStatus status, String issuerName, String recipientName, Urgency urgency, boolean forwarded) {
    }

    /** A task the caller's node issued, with its recipients counted. */
    public record IssuedRow(long taskId, String title, LocalDate deadline, TaskPriority priority, long recipients,
            long completed, long overdue, boolean forwarded) {
    }

    public record ListPage(Tab tab, String q, RecipientStatus status, boolean overdue, List<IssuedRow> issued,
            List<ReceivedRow> received, Pager pager) {
    }

    public record InboxPage(List<ReceivedRow> rows, Pager pager, long open, long dueSoon, long overdue) {
    }

    /** One recipient in the issuer's table. */
    public record RecipientLine(long id, String name, boolean region, RecipientStatus status, Instant acknowledgedAt,
            Instant completedAt, String evidenceText, BigDecimal evidenceNumber, Long evidenceMeetingId,
            Urgency urgency, long notes, long forwarded) {

        public String acknowledgedText() {
            return time(acknowledgedAt);
        }

        public String completedText() {
            return time(completedAt);
        }
    }

    /** A progress note as shown: the text, when and by whom. */
    public record NoteView(String note, String writtenAt, String writtenBy) {

        static NoteView of(TaskNote n) {
            return new NoteView(n.getNote(), time(n.getWrittenAt()), n.getWrittenBy());
        }
    }

    private static final java.time.format.DateTimeFormatter TIME =
            java.time.format.DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    static String time(Instant t) {
        return t == null ? "" : TIME.format(t.atZone(java.time.ZoneId.systemDefault()));
    }

    /** The task a forwarded task came from. */
    public record ParentRef(long taskId, String title, String issuerName, boolean visible) {
    }

    /** A task forwarded from a recipient row. */
    public record ChildRef(long taskId, String title, String issuerName, long recipients, long completed) {
    }

    public record TaskPage(WorkTask task, String issuerName, ParentRef parent, boolean issuerView,
            Map<RecipientStatus, Long> counts, long overdue, long dueSoon, List<RecipientLine> lines, Pager pager,
            List<RecipientLine> mine, List<ChildRef> children) {
    }

    /** A meeting that may be linked as evidence. */
    public record MeetingChoice(long id, String name) {
    }

    public record RecipientPage(WorkTask task, String issuerName, ParentRef parent, TaskRecipient recipient,
            String name, Urgency urgency, List<NoteView> notes, List<MeetingChoice> meetings, List<ChildRef> forwarded,
            String evidenceMeetingName) {
    }

    /** Open, due soon and overdue recipients inside one child region (or the whole region, as the total). */
    public record OverdueRow(Region region, long open, long dueSoon, long overdue) {
    }

    public record OverduePage(Region region, List<OverdueRow> rows, OverdueRow total) {
    }

    /** A node that may be chosen as an addressee. */
    public record Choice(long id, String name) {
    }
}
