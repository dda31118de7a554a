package org.grassroots.regional;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Local practice for regional Party building (domain-rules.md §10, low confidence): how often the
 * joint meeting meets (charters disagree between a quarter and half a year; default a quarter), how
 * many days before a meeting the topics are due, and how early an agreement's end is flagged.
 *
 * <p>{@code jointMeetingMonths}: the joint meeting's period in months (1, 2, 3, 4, 6 or 12)
 * <p>{@code topicsLeadDays}: topics for a scheduled meeting are due this many days before it
 * <p>{@code agreementWarningDays}: an active agreement ending within this many days is flagged
 *
 * <p>The configured values are defaults: a value the city administrator saves on /settings replaces
 * them at run time (org.grassroots.settings), so the fields are mutable and volatile.
 */
@ConfigurationProperties("grassroots.regional")
public class RegionalRules {

    private volatile Integer jointMeetingMonths;
    private volatile Integer topicsLeadDays;
    private volatile Integer agreementWarningDays;

    public RegionalRules(Integer jointMeetingMonths, Integer topicsLeadDays, Integer agreementWarningDays) {
        jointMeetingMonths = jointMeetingMonths == null ? 3 : jointMeetingMonths;
        topicsLeadDays = topicsLeadDays == null ? 15 : topicsLeadDays;
        agreementWarningDays = agreementWarningDays == null ? 60 : agreementWarningDays;
        if (12 % jointMeetingMonths != 0) {
            throw new IllegalArgumentException("grassroots.regional.joint-meeting-months must divide 12");
        }
        this.jointMeetingMonths = jointMeetingMonths;
        this.topicsLeadDays = topicsLeadDays;
        this.agreementWarningDays = agreementWarningDays;
    }

    public Integer jointMeetingMonths() {
        return jointMeetingMonths;
    }

    /** Applies a value the city administrator saved on /settings (checked there against its bounds). */
    public void setJointMeetingMonths(Integer jointMeetingMonths) {
        this.jointMeetingMonths = jointMeetingMonths;
    }

    public Integer topicsLeadDays() {
        return topicsLeadDays;
    }

    /** Applies a value the city administrator saved on /settings (checked there against its bounds). */
    public void setTopicsLeadDays(Integer topicsLeadDays) {
        this.topicsLeadDays = topicsLeadDays;
    }

    public Integer agreementWarningDays() {
        return agreementWarningDays;
    }

    /** Applies a value the city administrator saved on /settings (checked there against its bounds). */
    public void setAgreementWarningDays(Integer agreementWarningDays) {
        this.agreementWarningDays = agreementWarningDays;
    }

    public static RegionalRules defaults() {
        return new RegionalRules(null, null, null);
    }
}
