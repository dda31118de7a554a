package org.grassroots.development;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.grassroots.development.DevelopmentPolicy.Attempt;
import org.grassroots.development.DevelopmentPolicy.Due;
import org.grassroots.development.DevelopmentPolicy.Milestones;
import org.grassroots.development.DevelopmentPolicy.Named;
import org.grassroots.development.DevelopmentPolicy.Progress;
import org.grassroots.development.DevelopmentPolicy.Violation;
import org.grassroots.member.MemberStatus;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every time rule of domain-rules.md §3 (member development) as a table of cases: each rule once kept
 * and once broken, at the boundary day. The catalogue is the one migration V8 seeds.
 */
class DevelopmentPolicyTests {

    private static final LocalDate TODAY = LocalDate.of(2026, 6, 15);
    private static final LocalDate BORN = LocalDate.of(1995, 5, 10);
    private static final long PERSON = 1;
    private static final StepCatalogue CATALOGUE = StepCatalogueFixture.fromMigration();
    private static final DevelopmentPolicy POLICY = new DevelopmentPolicy(CATALOGUE, DevelopmentRules.defaults());

    private static final LocalDate APPLIED = LocalDate.of(2023, 1, 10);
    private static final LocalDate ACTIVIST = LocalDate.of(2023, 3, 1);
    private static final LocalDate CANDIDATE = LocalDate.of(2024, 3, 1);
    private static final LocalDate VOTE = LocalDate.of(2024, 6, 1);
    private static final LocalDate END = VOTE.plusYears(1);

    private static final Named FULL_A = new Named(11, "甲", MemberStatus.FULL);
    private static final Named FULL_B = new Named(12, "乙", MemberStatus.FULL);
    private static final Named PROBATIONARY = new Named(13, "丙", MemberStatus.PROBATIONARY);
    private static final Named SELF = new Named(PERSON, "本人", MemberStatus.CANDIDATE);

    /** A person's pipeline, built up step by step along one consistent history. */
    private record P(MemberStatus status, Map<StepCode, LocalDate> done, Map<StepCode, LocalDate> pending,
            Set<StepCode> returned, int extension) {

        static P of(MemberStatus status) {
            return new P(status, new EnumMap<>(StepCode.class), new EnumMap<>(StepCode.class),
                    EnumSet.noneOf(StepCode.class), 0);
        }

        P done(StepCode code, LocalDate on) {
            Map<StepCode, LocalDate> d = new EnumMap<>(done);
            d.put(code, on);
            return new P(status, d, pending, returned, extension);
        }

        P without(StepCode code) {
            Map<StepCode, LocalDate> d = new EnumMap<>(done);
            d.remove(code);
            return new P(status, d, pending, returned, extension);
        }

        P pending(StepCode code, LocalDate on) {
            Map<StepCode, LocalDate> d = new EnumMap<>(pending);
            d.put(code, on);
            return new P(status, done, d, returned, extension);
        }

        P returned(StepCode code) {
            Set<StepCode> r = EnumSet.copyOf(Set.of(code));
            return new P(status, done, pending, r, extension);
        }

        P status(MemberStatus s) {
            return new P(s, done, pending, returned, extension);
        }

        P extended(int months) {
            return new P(status, done, pending, returned, months).done(StepCode.EXTENSION, END.plusDays(3));
        }

        Progress progress() {
            return new Progress(PERSON, BORN, status, Milestones.none(), done, pending, returned, extension, Set.of());
        }
    }

    static P applicant() {
        return P.of(MemberStatus.APPLICANT).done(StepCode.APPLY, APPLIED);
    }

    static P activist() {
        return applicant().status(MemberStatus.ACTIVIST).done(StepCode.TALK, APPLIED.plusDays(10))
                .done(StepCode.ACTIVIST, ACTIVIST).done(StepCode.ACTIVIST_FILED, ACTIVIST.plusDays(9))
                .done(StepCode.MENTORS, ACTIVIST.plusDays(4)).done(StepCode.TRAINING, ACTIVIST.plusMonths(6));
    }

    static P candidate() {
        return activist().status(MemberStatus.CANDIDATE).done(StepCode.CANDIDATE, CANDIDATE);
    }

    /** A candidate with every step before the admission vote. */
    static P readyForVote() {
        return candidate().done(StepCode.CANDIDATE_FILED, CANDIDATE.plusDays(9))
                .done(StepCode.INTRODUCERS, CANDIDATE.plusDays(14)).done(StepCode.POLITICAL_REVIEW, CANDIDATE.plusDays(31))
                .done(StepCode.INTENSIVE_TRAINING, CANDIDATE.plusDays(19))
                .done(StepCode.COMMITTEE_REVIEW, VOTE.minusDays(31)).done(StepCode.PRE_REVIEW, VOTE.minusDays(22))
                .done(StepCode.APPLICATION_FORM, VOTE.minusDays(12));
    }

    static P probationary() {
        return readyForVote().status(MemberStatus.PROBATIONARY).done(StepCode.ADMISSION_VOTE, VOTE)
                .done(StepCode.HIGHER_TALK, VOTE.plusDays(4)).done(StepCode.ADMISSION_APPROVAL, VOTE.plusDays(19));
    }

    static P applyingForFull() {
        return probationary().done(StepCode.CONVERSION_APPLICATION, END.minusDays(12));
    }

    private static Attempt step(StepCode code, LocalDate on) {
        return new Attempt(code, on, null, null, null);
    }

    private static Attempt people(StepCode code, LocalDate on, Named first, Named second) {
        return new Attempt(code, on, first, second, null);
    }

    private static Attempt extension(LocalDate on, Integer months) {
        return new Attempt(StepCode.EXTENSION, on, null, null, months);
    }

    private static Arguments rule(String rule, P person, Attempt attempt, String... expected) {
        return Arguments.of(rule, person, attempt, List.of(expected));
    }

    static Stream<Arguments> cases() {
        return Stream.of(
                rule("a consistent application", P.of(MemberStatus.APPLICANT), step(StepCode.APPLY, APPLIED)),
                rule("Const. Art. 1: applied the day before the 18th birthday", P.of(MemberStatus.APPLICANT),
                        step(StepCode.APPLY, BORN.plusYears(18).minusDays(1)), "doneOn:development.rule.age"),
                rule("Const. Art. 1: applied on the 18th birthday", P.of(MemberStatus.APPLICANT),
                        step(StepCode.APPLY, BORN.plusYears(18))),
                rule("Dev Rules Art. 6: a late talk is only a reminder", applicant(),
                        step(StepCode.TALK, APPLIED.plusMonths(3))),
                rule("a step before its prerequisite: activist without the talk", applicant(),
                        step(StepCode.ACTIVIST, ACTIVIST), "stepCode:development.step.prerequisite"),
                rule("dates out of order: the talk before the application", applicant(),
                        step(StepCode.TALK, APPLIED.minusDays(1)), "doneOn:development.date.beforePrerequisite"),
                rule("dates out of order: the application filled in after the talk", applicant()
                        .without(StepCode.APPLY).done(StepCode.TALK, APPLIED.plusDays(10)),
                        step(StepCode.APPLY, APPLIED.plusDays(11)), "doneOn:development.date.afterDependent"),
                rule("a step cannot be in the future", applicant(), step(StepCode.TALK, TODAY.plusDays(1)),
                        "doneOn:development.date.future"),
                rule("today is not the future", applicant(), step(StepCode.TALK, TODAY)),
                rule("a step is recorded once", applicant(), step(StepCode.APPLY, APPLIED),
                        "stepCode:development.step.alreadyDone"),
                rule("a step waiting for approval is not sent twice",
                        readyForVote().done(StepCode.ADMISSION_VOTE, VOTE).done(StepCode.HIGHER_TALK, VOTE.plusDays(3))
                                .pending(StepCode.ADMISSION_APPROVAL, VOTE.plusDays(5)),
                        step(StepCode.ADMISSION_APPROVAL, VOTE.plusDays(6)), "stepCode:development.step.alreadyPending"),
                rule("people outside the pipeline get no steps", applicant().status(MemberStatus.NOT_APPROVED),
                        step(StepCode.TALK, APPLIED.plusDays(5)), "stepCode:development.step.notInPipeline"),
                rule("Dev Rules Art. 8: one full member as mentor", activist().without(StepCode.MENTORS)
                        .without(StepCode.TRAINING), people(StepCode.MENTORS, ACTIVIST.plusDays(4), FULL_A, null)),
                rule("Dev Rules Art. 8: no mentor", activist().without(StepCode.MENTORS).without(StepCode.TRAINING),
                        people(StepCode.MENTORS, ACTIVIST.plusDays(4), null, null),
                        "mentor1Id:development.rule.mentors.required"),
                rule("Dev Rules Art. 8: a probationary mentor", activist().without(StepCode.MENTORS)
                        .without(StepCode.TRAINING), people(StepCode.MENTORS, ACTIVIST.plusDays(4), FULL_A, PROBATIONARY),
                        "mentor2Id:development.rule.mentors.notFull"),
                rule("Dev Rules Art. 13: candidate the day before the activist year ends", activist(),
                        step(StepCode.CANDIDATE, ACTIVIST.plusYears(1).minusDays(1)),
                        "doneOn:development.rule.activistYear"),
                rule("Dev Rules Art. 13: candidate when the activist year ends", activist(),
                        step(StepCode.CANDIDATE, ACTIVIST.plusYears(1))),
                rule("Const. Art. 5: two full members introduce", candidate(),
                        people(StepCode.INTRODUCERS, CANDIDATE.plusDays(14), FULL_A, FULL_B)),
                rule("Const. Art. 5: one introducer is not enough", candidate(),
                        people(StepCode.INTRODUCERS, CANDIDATE.plusDays(14), FULL_A, null),
                        "introducer2Id:development.rule.introducers.required"),
                rule("Const. Art. 5: the same person twice", candidate(),
                        people(StepCode.INTRODUCERS, CANDIDATE.plusDays(14), FULL_A, FULL_A),
                        "introducer2Id:development.rule.people.same"),
                rule("Const. Art. 5: a probationary introducer", candidate(),
                        people(StepCode.INTRODUCERS, CANDIDATE.plusDays(14), PROBATIONARY, FULL_B),
                        "introducer1Id:development.rule.introducers.notFull"),
                rule("Const. Art. 5: the person cannot introduce themselves", candidate(),
                        people(StepCode.INTRODUCERS, CANDIDATE.plusDays(14), FULL_A, SELF),
                        "introducer2Id:development.rule.people.self"),
                rule("Dev Rules Arts. 15-17: the admission vote with review and training", readyForVote(),
                        step(StepCode.ADMISSION_VOTE, VOTE)),
                rule("Dev Rules Arts. 15-16: no admission vote without the political review",
                        readyForVote().without(StepCode.POLITICAL_REVIEW), step(StepCode.ADMISSION_VOTE, VOTE),
                        "stepCode:development.rule.reviewAndTraining"),
                rule("Dev Rules Art. 17: no admission vote without the intensive training",
                        readyForVote().without(StepCode.INTENSIVE_TRAINING), step(StepCode.ADMISSION_VOTE, VOTE),
                        "stepCode:development.rule.reviewAndTraining"),
                rule("Const. Art. 7: the conversion vote the day before probation ends", applyingForFull(),
                        step(StepCode.CONVERSION_VOTE, END.minusDays(1)), "doneOn:development.rule.probationYear"),
                rule("Const. Art. 7: the conversion vote on the day probation ends", applyingForFull(),
                        step(StepCode.CONVERSION_VOTE, END)),
                rule("Dev Rules Art. 32: an extension moves the end of probation",
                        applyingForFull().extended(6), step(StepCode.CONVERSION_VOTE, END.plusMonths(6).minusDays(1)),
                        "doneOn:development.rule.probationYear"),
                rule("Dev Rules Art. 32: converted when the extension ends", applyingForFull().extended(6),
                        step(StepCode.CONVERSION_VOTE, END.plusMonths(6))),
                rule("Dev Rules Art. 32: extension of 6 months", probationary(), extension(END, 6)),
                rule("Dev Rules Art. 32: extension of 12 months", probationary(), extension(END, 12)),
                rule("Dev Rules Art. 32: extension of 5 months", probationary(), extension(END, 5),
                        "extensionMonths:development.rule.extensionMonths"),
                rule("Dev Rules Art. 32: extension of 13 months", probationary(), extension(END, 13),
                        "extensionMonths:development.rule.extensionMonths"),
                rule("Dev Rules Art. 32: extension without months", probationary(), extension(END, null),
                        "extensionMonths:development.rule.extensionMonths"),
                rule("Dev Rules Art. 32: extension once only", probationary().extended(6), extension(END.plusMonths(6), 6),
                        "stepCode:development.rule.extensionOnce"),
                rule("Dev Rules Art. 32: extension decided before probation ends", probationary(),
                        extension(END.minusDays(1), 6), "doneOn:development.rule.extensionBeforeEnd"),
                rule("cancellation during probation", probationary(), step(StepCode.CANCELLATION, VOTE.plusMonths(5))),
                rule("no conversion approval before the conversion vote", applyingForFull(),
                        step(StepCode.CONVERSION_APPROVAL, END.plusDays(3)), "stepCode:development.step.prerequisite"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void shouldApplyEachRuleWhenStepIsRecorded(String rule, P person, Attempt attempt, List<String> expected) {
        List<String> found = POLICY.check(person.progress(), attempt, TODAY).stream()
                .map(v -> v.field() + ":" + v.key()).toList();
        assertThat(found).as(rule).containsExactlyInAnyOrderElementsOf(expected);
    }

    @Test
    void shouldNameTheDatesWhenAgeRuleIsBroken() {
        Violation v = POLICY.check(P.of(MemberStatus.APPLICANT).progress(),
                step(StepCode.APPLY, LocalDate.of(2012, 1, 1)), TODAY).get(0);
        assertThat(v.key()).isEqualTo("development.rule.age");
        assertThat(Arrays.asList(v.args())).containsExactly(BORN, LocalDate.of(2012, 1, 1), BORN.plusYears(18));
    }

    @Test
    void shouldNameTheMissingStepsWhenPrerequisiteIsMissing() {
        Violation v = POLICY.check(activist().without(StepCode.TRAINING).progress(),
                step(StepCode.CANDIDATE, ACTIVIST.plusYears(2)), TODAY).get(0);
        assertThat(v.key()).isEqualTo("development.step.prerequisite");
        assertThat(Arrays.asList(v.args())).containsExactly(StepCode.CANDIDATE, List.of(StepCode.TRAINING));
    }

    // ---------------------------------------------------------------- reminders, never refusals

    static Stream<Arguments> notices() {
        return Stream.of(
                Arguments.of("Dev Rules Art. 6: talk a month after the application", applicant(),
                        step(StepCode.TALK, APPLIED.plusMonths(1)), List.of()),
                Arguments.of("Dev Rules Art. 6: talk a month and a day after", applicant(),
                        step(StepCode.TALK, APPLIED.plusMonths(1).plusDays(1)), List.of("development.notice.talkLate")),
                Arguments.of("§3: converted on the last day of the three months", applyingForFull(),
                        step(StepCode.CONVERSION_VOTE, END.plusMonths(3)), List.of()),
                Arguments.of("§3: converted a day after the three months", applyingForFull(),
                        step(StepCode.CONVERSION_VOTE, END.plusMonths(3).plusDays(1)),
                        List.of("development.notice.decisionLate")),
                Arguments.of("§3: extended after the three months", probationary(),
                        extension(END.plusMonths(4), 6), List.of("development.notice.decisionLate")),
                Arguments.of("setting (low): political review over a year before the vote",
                        readyForVote().done(StepCode.POLITICAL_REVIEW, VOTE.minusMonths(13)),
                        step(StepCode.ADMISSION_VOTE, VOTE), List.of("development.notice.reviewOld")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("notices")
    void shouldRemindWithoutRefusingWhenStepIsLate(String rule, P person, Attempt attempt, List<String> expected) {
        assertThat(POLICY.check(person.progress(), attempt, TODAY)).as(rule).isEmpty();
        assertThat(POLICY.notices(person.progress(), attempt).stream().map(DevelopmentPolicy.Notice::key))
                .as(rule).containsExactlyElementsOf(expected);
    }

    // ---------------------------------------------------------------- approvals

    static Stream<Arguments> approvals() {
        LocalDate sent = LocalDate.of(2026, 1, 10);
        return Stream.of(
                Arguments.of("approved the day it was sent", sent, sent, List.of(), List.of()),
                Arguments.of("approved before it was sent", sent, sent.minusDays(1),
                        List.of("approvedOn:development.approval.beforeSubmitted"), List.of()),
                Arguments.of("approved in the future", TODAY.minusDays(10), TODAY.plusDays(1),
                        List.of("approvedOn:development.date.future"), List.of()),
                Arguments.of("Dev Rules Arts. 25-26: approved on the last day of three months", sent,
                        sent.plusMonths(3), List.of(), List.of()),
                Arguments.of("Dev Rules Arts. 25-26: approved a day after three months", sent,
                        sent.plusMonths(3).plusDays(1), List.of(), List.of("development.notice.approvalLate")),
                Arguments.of("setting (low): approved beyond six months", LocalDate.of(2025, 11, 1),
                        LocalDate.of(2026, 5, 2), List.of(), List.of("development.notice.approvalBeyondMax")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("approvals")
    void shouldCheckTheApprovalDateWhenApproving(String rule, LocalDate sent, LocalDate on, List<String> refused,
            List<String> notices) {
        assertThat(POLICY.checkApproval(sent, on, TODAY).stream().map(v -> v.field() + ":" + v.key()))
                .as(rule).containsExactlyElementsOf(refused);
        assertThat(POLICY.approvalNotices(sent, on).stream().map(DevelopmentPolicy.Notice::key))
                .as(rule).containsExactlyElementsOf(notices);
    }

    // ---------------------------------------------------------------- what is due

    static Stream<Arguments> alerts() {
        return Stream.of(
                Arguments.of("Dev Rules Art. 6: talk due within a month", applicant(), APPLIED.plusMonths(1),
                        new Due(Alert.NONE, APPLIED.plusMonths(1))),
                Arguments.of("Dev Rules Art. 6: talk overdue the day after", applicant(),
                        APPLIED.plusMonths(1).plusDays(1), new Due(Alert.TALK_OVERDUE, APPLIED.plusMonths(1))),
                Arguments.of("talk done: nothing due", applicant().done(StepCode.TALK, APPLIED.plusDays(5)), TODAY,
                        new Due(Alert.NONE, null)),
                Arguments.of("Dev Rules Art. 13: activist year not yet over", activist(),
                        ACTIVIST.plusYears(1).minusDays(1), new Due(Alert.NONE, ACTIVIST.plusYears(1))),
                Arguments.of("Dev Rules Art. 13: activist year over", activist(), ACTIVIST.plusYears(1),
                        new Due(Alert.CANDIDATE_READY, ACTIVIST.plusYears(1))),
                Arguments.of("probation: outside the 60-day window", probationary(), END.minusDays(61),
                        new Due(Alert.NONE, END)),
                Arguments.of("probation: 60 days before the end", probationary(), END.minusDays(60),
                        new Due(Alert.PROBATION_ENDING, END)),
                Arguments.of("probation: ended today", probationary(), END,
                        new Due(Alert.DECISION_DUE, END.plusMonths(3))),
                Arguments.of("§3: decision on the last day of three months", probationary(), END.plusMonths(3),
                        new Due(Alert.DECISION_DUE, END.plusMonths(3))),
                Arguments.of("§3: decision overdue after three months", probationary(),
                        END.plusMonths(3).plusDays(1), new Due(Alert.DECISION_OVERDUE, END.plusMonths(3))),
                Arguments.of("decided: conversion voted", applyingForFull().done(StepCode.CONVERSION_VOTE, END),
                        END.plusMonths(4), new Due(Alert.NONE, null)),
                Arguments.of("extended: the end moves", probationary().extended(6), END.plusMonths(3).plusDays(1),
                        new Due(Alert.NONE, END.plusMonths(6))),
                Arguments.of("extended: overdue after the new end", probationary().extended(6),
                        END.plusMonths(9).plusDays(1), new Due(Alert.DECISION_OVERDUE, END.plusMonths(9))),
                Arguments.of("waiting for approval, sent on the vote's day", readyForVote()
                        .done(StepCode.ADMISSION_VOTE, VOTE).done(StepCode.HIGHER_TALK, VOTE)
                        .pending(StepCode.ADMISSION_APPROVAL, VOTE), VOTE.plusDays(1),
                        new Due(Alert.AWAITING_APPROVAL, VOTE.plusMonths(3))),
                Arguments.of("returned to the branch", readyForVote().done(StepCode.ADMISSION_VOTE, VOTE)
                        .done(StepCode.HIGHER_TALK, VOTE).returned(StepCode.ADMISSION_APPROVAL), VOTE.plusDays(30),
                        new Due(Alert.RETURNED, null)),
                Arguments.of("out of the pipeline", probationary().status(MemberStatus.FULL), END.plusYears(2),
                        new Due(Alert.NONE, null)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("alerts")
    void shouldSayWhatIsDueWhenTheDayComes(String rule, P person, LocalDate today, Due expected) {
        assertThat(POLICY.alert(person.progress(), today)).as(rule).isEqualTo(expected);
    }

    // ---------------------------------------------------------------- the next step

    @Test
    void shouldOfferTheFirstStepAfterTheStatusWhenSomeoneWasRegisteredMidway() {
        Progress registered = new Progress(PERSON, BORN, MemberStatus.ACTIVIST, Milestones.none(),
                Map.of(StepCode.APPLY, APPLIED, StepCode.ACTIVIST, ACTIVIST), Map.of(), Set.of(), 0,
                Set.of(StepCode.APPLY, StepCode.ACTIVIST));
        assertThat(POLICY.nextStep(registered).code()).isEqualTo(StepCode.ACTIVIST_FILED);
        assertThat(POLICY.available(registered).stream().map(StepDef::code))
                .contains(StepCode.ACTIVIST_FILED, StepCode.MENTORS, StepCode.TALK)
                .doesNotContain(StepCode.TRAINING, StepCode.CANDIDATE);
        // a step held by the record alone may still be recorded with its details, not twice otherwise
        assertThat(POLICY.check(registered, step(StepCode.APPLY, APPLIED), TODAY)).isEmpty();
        assertThat(POLICY.nextStep(candidate().progress()).code()).isEqualTo(StepCode.CANDIDATE_FILED);
        assertThat(POLICY.nextStep(probationary().progress()).code()).isEqualTo(StepCode.ADMISSION_FILED);
        // a request waiting for the street is still the next step
        P waiting = readyForVote().done(StepCode.ADMISSION_VOTE, VOTE).done(StepCode.HIGHER_TALK, VOTE.plusDays(3))
                .pending(StepCode.ADMISSION_APPROVAL, VOTE.plusDays(5));
        assertThat(POLICY.nextStep(waiting.progress()).code()).isEqualTo(StepCode.ADMISSION_APPROVAL);
        assertThat(POLICY.available(waiting.progress())).isEmpty();
    }

    @Test
    void shouldOfferTheAlternativesOnlyAfterAdmission() {
        assertThat(POLICY.available(candidate().progress()).stream().map(StepDef::code))
                .doesNotContain(StepCode.EXTENSION, StepCode.CANCELLATION);
        assertThat(POLICY.available(probationary().progress()).stream().map(StepDef::code))
                .contains(StepCode.EXTENSION, StepCode.CANCELLATION, StepCode.CONVERSION_APPLICATION);
    }

    @Test
    void shouldHoldTwentyFiveStepsInFiveStagesWhenReadFromTheMigration() {
        assertThat(CATALOGUE.standard()).hasSize(25);
        assertThat(CATALOGUE.standard().stream().map(StepDef::seq)).containsExactlyElementsOf(
                java.util.stream.IntStream.rangeClosed(1, 25).boxed().toList());
        assertThat(CATALOGUE.all().stream().map(StepDef::code)).containsExactly(StepCode.values());
        assertThat(CATALOGUE.standard().stream().map(StepDef::stage).distinct()).containsExactly(Stage.values());
        assertThat(CATALOGUE.all().stream().filter(StepDef::approval).map(StepDef::code)).containsExactly(
                StepCode.ADMISSION_APPROVAL, StepCode.CONVERSION_APPROVAL, StepCode.EXTENSION, StepCode.CANCELLATION);
        // every prerequisite comes earlier in the order
        for (StepDef s : CATALOGUE.all()) {
            for (StepCode pre : s.prerequisites()) {
                assertThat(CATALOGUE.get(pre).seq()).as(s.code() + " after " + pre).isLessThan(s.seq());
            }
        }
    }
}
