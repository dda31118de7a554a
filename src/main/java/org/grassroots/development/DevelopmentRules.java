package org.grassroots.development;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The numbers of the development pipeline that domain-rules.md §3 gives as local practice or with
 * low confidence, or that only decide what the pages show. The regulation numbers themselves (age
 * 18, one month, one year, two introducers, 6–12 months, three months) are constants in
 * {@link DevelopmentPolicy}.
 *
 * @param probationWindowDays probations ending within this many days are listed (the brief: 60)
 * @param politicalReviewValidMonths a political review older than this at the admission vote is
 *        flagged, never refused ("some places say the review is valid 1 year", low)
 * @param approvalMaxMonths an approval decided later than this after the request is flagged
 *        (the deadline may be extended to 6 months, Dev Rules Arts. 25–26; local rule beyond it, low)
 */
@ConfigurationProperties("grassroots.development")
public record DevelopmentRules(Integer probationWindowDays, Integer politicalReviewValidMonths,
        Integer approvalMaxMonths) {

    public DevelopmentRules {
        probationWindowDays = probationWindowDays == null ? 60 : probationWindowDays;
        politicalReviewValidMonths = politicalReviewValidMonths == null ? 12 : politicalReviewValidMonths;
        approvalMaxMonths = approvalMaxMonths == null ? 6 : approvalMaxMonths;
    }

    public static DevelopmentRules defaults() {
        return new DevelopmentRules(null, null, null);
    }
}
