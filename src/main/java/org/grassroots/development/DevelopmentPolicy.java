package org.grassroots.development;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.grassroots.member.MemberStatus;

/**
 * Every time rule of the development pipeline (domain-rules.md §3, Dev Rules 2014), in one place:
 * what refuses a step (a {@link Violation} beside its field), what only warns (a {@link Notice}),
 * and what is due for a person today ({@link #alert}). The board's SQL (DevelopmentQueries) applies
 * the same alert rules set-based; a test holds the two together.
 */
final class DevelopmentPolicy {

    /** Const. Art. 1; Dev Rules Art. 4: at least 18 to apply (high). */
    static final int MIN_AGE = 18;
    /** Dev Rules Art. 6: the Party organization talks with the applicant within one month (high). */
    static final int TALK_WITHIN_MONTHS = 1;
    /** Dev Rules Art. 13: at least one year as activist before becoming a candidate (high). */
    static final int ACTIVIST_YEARS = 1;
    /** Const. Art. 5; Dev Rules Art. 14: two introducers, full members (high). */
    static final int INTRODUCERS = 2;
    /** Dev Rules Art. 8: one or two mentors, full members (high). */
    static final int MAX_MENTORS = 2;
    /** Const. Art. 7; Dev Rules Art. 32: probation is one year from the branch meeting's vote (high). */
    static final int PROBATION_YEARS = 1;
    /** Dev Rules Art. 32: extension once, at least 6 months and at most a year (high). */
    static final int MIN_EXTENSION_MONTHS = 6;
    static final int MAX_EXTENSION_MONTHS = 12;
    /** §3: conversion, extension or cancellation decided within 3 months; approval within 3 months (high). */
    static final int DECIDE_WITHIN_MONTHS = 3;

    /** People in the pipeline: the board and the forms deal with them. */
    static final Set<MemberStatus> PIPELINE = EnumSet.of(MemberStatus.APPLICANT, MemberStatus.ACTIVIST,
            MemberStatus.CANDIDATE, MemberStatus.PROBATIONARY);

    /** A refused step: the form field and the message key with its arguments (dates, steps, names). */
    record Violation(String field, String key, Object... args) {
    }

    /** A warning shown with a saved step; the step is kept. */
    record Notice(String key, Object... args) {
    }

    /** What the board says about a person today, and the day it is due by (null when none). */
    record Due(Alert alert, LocalDate dueOn) {
    }

    /** A person named by a step, as the rules need them. */
    record Named(long id, String name, MemberStatus status) {
    }

    /** Dates on the member record, used where no step has been recorded (people registered midway). */
    record Milestones(LocalDate applied, LocalDate activist, LocalDate admitted) {

        static Milestones none() {
            return new Milestones(null, null, null);
        }
    }

    /**
     * A person's pipeline as the rules see it.
     *
     * @param done steps done (or approved), with their day
     * @param pending approvals waiting in a street's queue, with the day they were sent
     * @param returned approvals returned to the branch and not yet sent again
     * @param extensionMonths the approved extension of the probation, 0 when none
     * @param implied steps held only by the dates on the member record (registered midway): done
     *        for their successors, and still open to be recorded with their details
     */
    record Progress(long personId, LocalDate birthDate, MemberStatus status, Milestones milestones,
            Map<StepCode, LocalDate> done, Map<StepCode, LocalDate> pending, Set<StepCode> returned,
            int extensionMonths, Set<StepCode> implied) {

        boolean isDone(StepCode code) {
            return done.containsKey(code);
        }

        boolean isLive(StepCode code) {
            return done.containsKey(code) || pending.containsKey(code);
        }

        LocalDate applied() {
            return done.getOrDefault(StepCode.APPLY, milestones.applied());
        }

        LocalDate activist() {
            return done.getOrDefault(StepCode.ACTIVIST, milestones.activist());
        }

        /** The branch general meeting's admission vote: membership and probation run from it. */
        LocalDate admissionVote() {
            return done.getOrDefault(StepCode.ADMISSION_VOTE, milestones.admitted());
        }

        /** One year from the vote, plus an approved extension; null before the vote. */
        LocalDate probationEnd() {
            LocalDate vote = admissionVote();
            return vote == null ? null : vote.plusYears(PROBATION_YEARS).plusMonths(extensionMonths);
        }

        /** The end without any extension: when the branch first has to decide. */
        LocalDate firstProbationEnd() {
            LocalDate vote = admissionVote();
            return vote == null ? null : vote.plusYears(PROBATION_YEARS);
        }

        /** The branch has decided on the end of probation (a pending extension counts as decided). */
        boolean probationDecided() {
            return isLive(StepCode.CONVERSION_VOTE) || isLive(StepCode.CANCELLATION)
                    || pending.containsKey(StepCode.EXTENSION);
        }
    }

    /**
     * One step to record.
     *
     * @param first the first introducer or mentor, or null
     * @param second the second introducer or mentor, or null
     */
    record Attempt(StepCode code, LocalDate on, Named first, Named second, Integer extensionMonths) {
    }

    private final StepCatalogue catalogue;
    private final DevelopmentRules rules;

    DevelopmentPolicy(StepCatalogue catalogue, DevelopmentRules rules) {
        this.catalogue = catalogue;
        this.rules = rules;
    }

    DevelopmentRules rules() {
        return rules;
    }

    // ---------------------------------------------------------------- recording a step

    /** Why the step cannot be recorded, each beside its field; empty when it may. */
    List<Violation> check(Progress p, Attempt a, LocalDate today) {
        List<Violation> v = new ArrayList<>();
        StepDef step = catalogue.get(a.code());
        LocalDate on = a.on();
        if (!PIPELINE.contains(p.status()) && !(a.code() == StepCode.ARCHIVE && p.status() == MemberStatus.FULL)) {
            v.add(new Violation("stepCode", "development.step.notInPipeline", p.status()));
            return v;
        }
        if (p.isLive(a.code()) && !p.implied().contains(a.code())) {
            if (a.code() == StepCode.EXTENSION) {
                v.add(new Violation("stepCode", "development.rule.extensionOnce", day(p, StepCode.EXTENSION)));
            } else {
                v.add(new Violation("stepCode", p.pending().containsKey(a.code()) ? "development.step.alreadyPending"
                        : "development.step.alreadyDone", a.code(), day(p, a.code())));
            }
            return v;
        }
        if (on.isAfter(today)) {
            v.add(new Violation("doneOn", "development.date.future", on, today));
        } else if (p.birthDate() != null && on.isBefore(p.birthDate())) {
            v.add(new Violation("doneOn", "development.date.beforeBirth", on, p.birthDate()));
        }
        prerequisites(p, step, a, v);
        switch (a.code()) {
            case APPLY -> {
                LocalDate adult = p.birthDate() == null ? null : p.birthDate().plusYears(MIN_AGE);
                if (adult != null && on.isBefore(adult)) {
                    v.add(new Violation("doneOn", "development.rule.age", p.birthDate(), on, adult));
                }
            }
            case CANDIDATE -> {
                LocalDate activist = p.activist();
                if (activist != null && on.isBefore(activist.plusYears(ACTIVIST_YEARS))) {
                    v.add(new Violation("doneOn", "development.rule.activistYear", activist, on,
                            activist.plusYears(ACTIVIST_YEARS)));
                }
            }
            case INTRODUCERS -> people(p, a, true, v);
            case MENTORS -> people(p, a, false, v);
            case CONVERSION_VOTE -> {
                LocalDate end = p.probationEnd();
                if (end != null && on.isBefore(end)) {
                    v.add(new Violation("doneOn", "development.rule.probationYear", p.admissionVote(), end, on));
                }
            }
            case EXTENSION -> {
                Integer months = a.extensionMonths();
                if (months == null || months < MIN_EXTENSION_MONTHS || months > MAX_EXTENSION_MONTHS) {
                    v.add(new Violation("extensionMonths", "development.rule.extensionMonths", MIN_EXTENSION_MONTHS,
                            MAX_EXTENSION_MONTHS));
                }
                LocalDate end = p.firstProbationEnd();
                if (end != null && on.isBefore(end)) {
                    v.add(new Violation("doneOn", "development.rule.extensionBeforeEnd", p.admissionVote(), end, on));
                }
            }
            default -> {
            }
        }
        return v;
    }

    /**
     * Prerequisites done, and not later than this step; steps already done that need this one not
     * earlier than it (a step filled in afterwards). The admission vote names its two rules itself.
     */
    private void prerequisites(Progress p, StepDef step, Attempt a, List<Violation> v) {
        List<StepCode> missing = new ArrayList<>();
        List<StepCode> reviewAndTraining = new ArrayList<>();
        for (StepCode pre : ordered(step.prerequisites())) {
            if (!p.isDone(pre)) {
                if (a.code() == StepCode.ADMISSION_VOTE
                        && (pre == StepCode.POLITICAL_REVIEW || pre == StepCode.INTENSIVE_TRAINING)) {
                    reviewAndTraining.add(pre);
                } else {
                    missing.add(pre);
                }
            }
        }
        if (!reviewAndTraining.isEmpty()) {
            v.add(new Violation("stepCode", "development.rule.reviewAndTraining", reviewAndTraining));
        }
        if (!missing.isEmpty()) {
            v.add(new Violation("stepCode", "development.step.prerequisite", a.code(), missing));
        }
        for (StepCode pre : ordered(step.prerequisites())) {
            LocalDate d = p.done().get(pre);
            if (d != null && a.on().isBefore(d)) {
                v.add(new Violation("doneOn", "development.date.beforePrerequisite", pre, d));
                return;
            }
        }
        for (StepDef later : catalogue.all()) {
            LocalDate d = p.done().get(later.code());
            if (d != null && later.prerequisites().contains(a.code()) && a.on().isAfter(d)) {
                v.add(new Violation("doneOn", "development.date.afterDependent", later.code(), d));
                return;
            }
        }
    }

    /** Introducers: exactly two; mentors: one or two. Distinct, full members, not the person. */
    private static void people(Progress p, Attempt a, boolean introducers, List<Violation> v) {
        String prefix = introducers ? "introducer" : "mentor";
        String kind = introducers ? "introducers" : "mentors";
        Named[] slots = {a.first(), a.second()};
        if (slots[0] == null) {
            v.add(new Violation(prefix + "1Id", "development.rule." + kind + ".required"));
        }
        if (introducers && slots[1] == null) {
            v.add(new Violation(prefix + "2Id", "development.rule." + kind + ".required"));
        }
        for (int i = 0; i < slots.length; i++) {
            Named n = slots[i];
            String field = prefix + (i + 1) + "Id";
            if (n == null) {
                continue;
            }
            if (i == 1 && slots[0] != null && slots[0].id() == n.id()) {
                v.add(new Violation(field, "development.rule.people.same", n.name()));
            } else if (n.id() == p.personId()) {
                v.add(new Violation(field, "development.rule.people.self"));
            } else if (n.status() != MemberStatus.FULL) {
                v.add(new Violation(field, "development.rule." + kind + ".notFull", n.name(), n.status()));
            }
        }
    }

    /** What to tell the recorder about a step that is saved anyway. */
    List<Notice> notices(Progress p, Attempt a) {
        List<Notice> n = new ArrayList<>();
        LocalDate on = a.on();
        switch (a.code()) {
            case TALK -> {
                LocalDate applied = p.applied();
                if (applied != null && on.isAfter(applied.plusMonths(TALK_WITHIN_MONTHS))) {
                    n.add(new Notice("development.notice.talkLate", applied, applied.plusMonths(TALK_WITHIN_MONTHS),
                            on));
                }
            }
            case ADMISSION_VOTE -> {
                LocalDate review = p.done().get(StepCode.POLITICAL_REVIEW);
                int months = rules.politicalReviewValidMonths();
                if (review != null && on.isAfter(review.plusMonths(months))) {
                    n.add(new Notice("development.notice.reviewOld", review, months, on));
                }
            }
            case CONVERSION_VOTE, EXTENSION, CANCELLATION -> {
                LocalDate end = a.code() == StepCode.EXTENSION ? p.firstProbationEnd() : p.probationEnd();
                if (end != null && on.isAfter(end.plusMonths(DECIDE_WITHIN_MONTHS))) {
                    n.add(new Notice("development.notice.decisionLate", end, end.plusMonths(DECIDE_WITHIN_MONTHS),
                            on));
                }
            }
            default -> {
            }
        }
        return n;
    }

    // ---------------------------------------------------------------- approving

    /** Why an approval cannot be given on this day; empty when it can. */
    List<Violation> checkApproval(LocalDate submitted, LocalDate on, LocalDate today) {
        List<Violation> v = new ArrayList<>();
        if (on.isAfter(today)) {
            v.add(new Violation("approvedOn", "development.date.future", on, today));
        } else if (on.isBefore(submitted)) {
            v.add(new Violation("approvedOn", "development.approval.beforeSubmitted", submitted, on));
        }
        return v;
    }

    /** Approvals are due within 3 months of receipt; the setting marks how far they may stretch. */
    List<Notice> approvalNotices(LocalDate submitted, LocalDate on) {
        if (on.isAfter(submitted.plusMonths(rules.approvalMaxMonths()))) {
            return List.of(new Notice("development.notice.approvalBeyondMax", submitted, rules.approvalMaxMonths(),
                    on));
        }
        if (on.isAfter(submitted.plusMonths(DECIDE_WITHIN_MONTHS))) {
            return List.of(new Notice("development.notice.approvalLate", submitted,
                    submitted.plusMonths(DECIDE_WITHIN_MONTHS), on));
        }
        return List.of();
    }

    // ---------------------------------------------------------------- what is due

    /** The most pressing thing about a person today (the same CASE as DevelopmentQueries.FACTS). */
    Due alert(Progress p, LocalDate today) {
        if (!PIPELINE.contains(p.status())) {
            return new Due(Alert.NONE, null);
        }
        if (!p.returned().isEmpty()) {
            return new Due(Alert.RETURNED, null);
        }
        if (!p.pending().isEmpty()) {
            LocalDate first = p.pending().values().stream().min(LocalDate::compareTo).orElseThrow();
            return new Due(Alert.AWAITING_APPROVAL, first.plusMonths(DECIDE_WITHIN_MONTHS));
        }
        LocalDate end = p.probationEnd();
        if (p.status() == MemberStatus.PROBATIONARY && end != null && !p.probationDecided()) {
            LocalDate deadline = end.plusMonths(DECIDE_WITHIN_MONTHS);
            if (today.isAfter(deadline)) {
                return new Due(Alert.DECISION_OVERDUE, deadline);
            }
            if (!today.isBefore(end)) {
                return new Due(Alert.DECISION_DUE, deadline);
            }
            if (!today.isBefore(end.minusDays(rules.probationWindowDays()))) {
                return new Due(Alert.PROBATION_ENDING, end);
            }
        }
        LocalDate applied = p.applied();
        if (p.status() == MemberStatus.APPLICANT && !p.isDone(StepCode.TALK) && applied != null) {
            LocalDate talkBy = applied.plusMonths(TALK_WITHIN_MONTHS);
            return new Due(today.isAfter(talkBy) ? Alert.TALK_OVERDUE : Alert.NONE, talkBy);
        }
        LocalDate activist = p.activist();
        if (p.status() == MemberStatus.ACTIVIST && !p.isLive(StepCode.CANDIDATE) && activist != null) {
            LocalDate ready = activist.plusYears(ACTIVIST_YEARS);
            return new Due(today.isBefore(ready) ? Alert.NONE : Alert.CANDIDATE_READY, ready);
        }
        if (p.status() == MemberStatus.PROBATIONARY && end != null && !p.probationDecided()) {
            return new Due(Alert.NONE, end);
        }
        return new Due(Alert.NONE, null);
    }

    /**
     * The first of the 25 steps after the one that gave the person their status that is not done
     * yet (one waiting for approval included), or null when all are done (the same rule as
     * DevelopmentQueries.FACT_COLUMNS).
     */
    StepDef nextStep(Progress p) {
        int floor = p.status() == MemberStatus.APPLICANT ? 0 : catalogue.all().stream()
                .filter(s -> s.movesTo() == p.status()).mapToInt(StepDef::seq).findFirst().orElse(0);
        return catalogue.standard().stream().filter(s -> s.seq() > floor && !p.isDone(s.code())).findFirst()
                .orElse(null);
    }

    /** Steps whose prerequisites are done and that the person does not hold: what may be recorded now. */
    List<StepDef> available(Progress p) {
        if (!PIPELINE.contains(p.status()) && p.status() != MemberStatus.FULL) {
            return List.of();
        }
        return catalogue.all().stream()
                .filter(s -> !p.isLive(s.code()))
                .filter(s -> p.done().keySet().containsAll(s.prerequisites()))
                .filter(s -> PIPELINE.contains(p.status()) || s.code() == StepCode.ARCHIVE)
                .toList();
    }

    private static LocalDate day(Progress p, StepCode code) {
        return p.done().containsKey(code) ? p.done().get(code) : p.pending().get(code);
    }

    private static List<StepCode> ordered(Collection<StepCode> codes) {
        return codes.stream().sorted().toList();
    }
}
