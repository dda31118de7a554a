package org.grassroots.development;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The numbers of the development pipeline that domain-rules.md §3 gives as local practice or with
 * low confidence, or that only decide what the pages show. The regulation numbers themselves (age
 * 18, one month, one year, two introducers, 6–12 months, three months) are constants in
 * {@link DevelopmentPolicy}.
 *
 * <p>{@code probationWindowDays}: probations ending within this many days are listed (the brief: 60)
 * <p>{@code politicalReviewValidMonths}: a political review older than this at the admission vote is
 *        flagged, never refused ("some places say the review is valid 1 year", low)
 * <p>{@code approvalMaxMonths}: an approval decided later than this after the request is flagged
 *        (the deadline may be extended to 6 months, Dev Rules Arts. 25–26; local rule beyond it, low)
 *
 * <p>The configured values are defaults: a value the city administrator saves on /settings replaces
 * them at run time (org.grassroots.settings), so the fields are mutable and volatile.
 */
@ConfigurationProperties("grassroots.development")
public class DevelopmentRules {

    private volatile Integer probationWindowDays;
    private volatile Integer politicalReviewValidMonths;
    private volatile Integer approvalMaxMonths;

    public DevelopmentRules(Integer probationWindowDays, Integer politicalReviewValidMonths, Integer approvalMaxMonths) {
        probationWindowDays = probationWindowDays == null ? 60 : probationWindowDays;
        politicalReviewValidMonths = politicalReviewValidMonths == null ? 12 : politicalReviewValidMonths;
        approvalMaxMonths = approvalMaxMonths == null ? 6 : approvalMaxMonths;
        this.probationWindowDays = probationWindowDays;
        this.politicalReviewValidMonths = politicalReviewValidMonths;
        this.approvalMaxMonths = approvalMaxMonths;
    }

    public Integer probationWindowDays() {
        return probationWindowDays;
    }

    /** Applies a value the city administrator saved on /settings (checked there against its bounds). */
    public void setProbationWindowDays(Integer probationWindowDays) {
        this.probationWindowDays = probationWindowDays;
    }

    public Integer politicalReviewValidMonths() {
        return politicalReviewValidMonths;
    }

    /** Applies a value the city administrator saved on /settings (checked there against its bounds). */
    public void setPoliticalReviewValidMonths(Integer politicalReviewValidMonths) {
        this.politicalReviewValidMonths = politicalReviewValidMonths;
    }

    public Integer approvalMaxMonths() {
        return approvalMaxMonths;
    }

    /** Applies a value the city administrator saved on /settings (checked there against its bounds). */
    public void setApprovalMaxMonths(Integer approvalMaxMonths) {
        this.approvalMaxMonths = approvalMaxMonths;
    }

    public static DevelopmentRules defaults() {
        return new DevelopmentRules(null, null, null);
    }
}
