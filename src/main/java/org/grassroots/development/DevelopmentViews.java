package org.grassroots.development;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.grassroots.member.MemberStatus;
import org.grassroots.member.PartyMember;
import org.grassroots.org.PartyOrg;
import org.grassroots.region.Region;

/** What the development pages show. */
public final class DevelopmentViews {

    private DevelopmentViews() {
    }

    /**
     * Counts of one region or organization: people per stage, approvals waiting, people with something
     * due and people past a deadline.
     *
     * @param regionId the region of the row, or null for an organization's row
     * @param orgId the organization of the row, or null for a region's row
     */
    public record StageCounts(String name, Long regionId, Long orgId, long applicants, long activists,
            long candidates, long admission, long probationary, long awaiting, long due, long overdue) {

        /** Everyone in the pipeline, all stages together. */
        public long total() {
            return applicants + activists + candidates + admission + probationary;
        }

        static StageCounts zero(String name, Long regionId, Long orgId) {
            return new StageCounts(name, regionId, orgId, 0, 0, 0, 0, 0, 0, 0, 0);
        }

        StageCounts plus(StageCounts o) {
            return new StageCounts(name, regionId, orgId, applicants + o.applicants, activists + o.activists,
                    candidates + o.candidates, admission + o.admission, probationary + o.probationary,
                    awaiting + o.awaiting, due + o.due, overdue + o.overdue);
        }
    }

    /** The stage table of a region for the level pages: one row per child region (or organization) and the total. */
    public record StagePage(Region region, List<StageCounts> rows, StageCounts total) {
    }

    /** One person on the board or the probation list. */
    public record PersonRow(long memberId, String name, MemberStatus status, long orgId, String orgName, Stage stage,
            Alert alert, LocalDate dueOn, String lastStep, LocalDate lastOn, String nextStep,
            LocalDate admissionVote, int extensionMonths, LocalDate probationEnd, LocalDate decideBy) {
    }

    /** A page of a list: rows, the page number from 0, the number of pages and rows. */
    public record Paged<T>(List<T> rows, int number, int totalPages, long total) {
    }

    public record BoardPage(String scopeName, List<StageCounts> rows, StageCounts total, boolean rowsAreOrgs,
            Paged<PersonRow> people, List<PartyOrg> orgs, long approvalsWaiting) {
    }

    public record ProbationPage(Paged<PersonRow> people, int windowDays, List<PartyOrg> orgs) {
    }

    /** One request in a street's queue. */
    public record PendingRow(long stepId, String stepName, StepCode code, LocalDate submittedOn, String recordedBy,
            String decidedBy, String note, Integer extensionMonths, long memberId, String memberName,
            String orgName, LocalDate decisionOn, LocalDate approveBy, boolean late) {
    }

    public record ApprovalsPage(String approverName, Paged<PendingRow> requests) {
    }

    /** One step on a person's page, with the row that holds it (if any) and earlier voided or returned rows. */
    public record StepLine(StepDef def, String name, MemberStep row, LocalDate impliedOn, List<String> people,
            List<MemberStep> past, boolean correctable) {

        public boolean isDone() {
            return row != null && row.isDone() || row == null && impliedOn != null;
        }

        public boolean isPending() {
            return row != null && row.isPending();
        }
    }

    /** A person's development page. */
    public record PersonPage(PartyMember member, Stage stage, boolean inPipeline, List<StepLine> lines,
            Alert alert, LocalDate dueOn, StepDef next, String nextName, List<StepDef> available,
            List<StepDef> others, Map<StepCode, String> labels, Map<StepCode, String> deciders,
            List<PartyMember> fullMembers, LocalDate admissionVote, int extensionMonths, LocalDate probationEnd,
            LocalDate decideBy, MemberStep last, String lastName) {
    }

    /** The compact development section of the member page. */
    public record MemberCard(boolean shown, Stage stage, String nextName, Alert alert, LocalDate dueOn,
            LocalDate probationEnd, long pending) {
    }

    /** A request and the person it concerns, for the approver's decision page. */
    public record ApprovalPage(PendingRow request, MemberStep step, PersonPage person) {
    }
}
