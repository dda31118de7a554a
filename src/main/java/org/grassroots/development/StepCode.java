package org.grassroots.development;

/**
 * The codes of the rows of {@code development_step} (migration V8): the 25 standard steps of
 * domain-rules.md §3, in order, then the two other decisions at the end of probation. Names, stage,
 * order, prerequisites and effects are data ({@link StepCatalogue}); the code names the steps the
 * time rules speak of.
 */
public enum StepCode {
    APPLY, TALK,
    ACTIVIST, ACTIVIST_FILED, MENTORS, TRAINING,
    CANDIDATE, CANDIDATE_FILED, INTRODUCERS, POLITICAL_REVIEW, INTENSIVE_TRAINING,
    COMMITTEE_REVIEW, PRE_REVIEW, APPLICATION_FORM, ADMISSION_VOTE, HIGHER_TALK, ADMISSION_APPROVAL, ADMISSION_FILED,
    PLACEMENT, OATH, PROBATION_ASSESSMENT, CONVERSION_APPLICATION, CONVERSION_VOTE, CONVERSION_APPROVAL, ARCHIVE,
    EXTENSION, CANCELLATION;

    /** The branch's decision at the end of probation: conversion, extension or cancellation. */
    public boolean isProbationDecision() {
        return this == CONVERSION_VOTE || this == EXTENSION || this == CANCELLATION;
    }
}
