package org.grassroots.floating;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/**
 * The mobile-member rules of domain-rules.md §6, with no state: the out-of-contact flag, the
 * certificate's annual review (年审, once a year) and the short-absence warning of the definition
 * (away at least {@code min-absence-months} without a transfer). The set-based queries use the same
 * cut-off days.
 */
public final class FloatingPolicy {

    /** The certificate is reviewed once a year (组通字〔2006〕45号, high confidence): not a setting. */
    public static final int REVIEW_MONTHS = 12;

    private final FloatingRules rules;

    public FloatingPolicy(FloatingRules rules) {
        this.rules = rules;
    }

    public FloatingRules rules() {
        return rules;
    }

    /** The day contact is counted from: the last contact, or the departure when there was none. */
    public static LocalDate lastContactOrSince(LocalDate since, LocalDate lastContact) {
        return lastContact == null || lastContact.isBefore(since) ? since : lastContact;
    }

    /** The latest last-contact day that is out of contact today. */
    public LocalDate contactCutoff(LocalDate today) {
        return today.minusMonths(rules.outOfContactMonths());
    }

    /** Out of contact: the last contact (or the departure) is {@code out-of-contact-months} or more ago. */
    public boolean outOfContact(LocalDate since, LocalDate lastContact, LocalDate today) {
        return !lastContactOrSince(since, lastContact).isAfter(contactCutoff(today));
    }

    public static long daysSinceContact(LocalDate since, LocalDate lastContact, LocalDate today) {
        return Math.max(0, ChronoUnit.DAYS.between(lastContactOrSince(since, lastContact), today));
    }

    /** The latest issue or review day whose certificate is due for its annual review today. */
    public static LocalDate reviewCutoff(LocalDate today) {
        return today.minusMonths(REVIEW_MONTHS);
    }

    /**
     * The certificate status as shown: a certificate still held (issued or registered at the host)
     * whose issue or last review is a year or more ago is due for review; no certificate, none.
     */
    public static CertificateStatus certificateStatus(CertificateStatus recorded, LocalDate issuedOn,
            LocalDate lastReviewOn, LocalDate today) {
        if (recorded == null || recorded == CertificateStatus.RETURNED || issuedOn == null) {
            return recorded;
        }
        LocalDate base = lastReviewOn != null && lastReviewOn.isAfter(issuedOn) ? lastReviewOn : issuedOn;
        return base.isAfter(reviewCutoff(today)) ? recorded : CertificateStatus.ANNUAL_REVIEW_DUE;
    }

    /**
     * The definition's warning (never a refusal): the absence has not yet lasted
     * {@code min-absence-months} and the member is expected back before it would.
     */
    public boolean shortAbsence(LocalDate since, LocalDate expectedReturnOn, LocalDate today) {
        if (since == null || expectedReturnOn == null) {
            return false;
        }
        LocalDate longEnough = since.plusMonths(rules.minAbsenceMonths());
        return today.isBefore(longEnough) && expectedReturnOn.isBefore(longEnough);
    }
}
