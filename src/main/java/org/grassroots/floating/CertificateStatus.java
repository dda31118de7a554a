package org.grassroots.floating;

/**
 * The mobile-member certificate (流动党员活动证, domain-rules.md §6): issued by the base committee,
 * registered at the host, reviewed once a year, handed back on return. {@code ANNUAL_REVIEW_DUE} is
 * never stored: it is shown when a year has passed since the issue or the last review.
 */
public enum CertificateStatus {
    ISSUED, REGISTERED_AT_HOST, ANNUAL_REVIEW_DUE, RETURNED;

    /** The statuses a user records; the review-due one is derived. */
    public static final java.util.List<CertificateStatus> RECORDED = java.util.List.of(ISSUED, REGISTERED_AT_HOST,
            RETURNED);
}
