package org.grassroots.regional;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Local practice for regional Party building (domain-rules.md §10, low confidence): how often the
 * joint meeting meets (charters disagree between a quarter and half a year; default a quarter), how
 * many days before a meeting the topics are due, and how early an agreement's end is flagged.
 *
 * @param jointMeetingMonths the joint meeting's period in months (1, 2, 3, 4, 6 or 12)
 * @param topicsLeadDays topics for a scheduled meeting are due this many days before it
 * @param agreementWarningDays an active agreement ending within this many days is flagged
 */
@ConfigurationProperties("grassroots.regional")
public record RegionalRules(Integer jointMeetingMonths, Integer topicsLeadDays, Integer agreementWarningDays) {

    public RegionalRules {
        jointMeetingMonths = jointMeetingMonths == null ? 3 : jointMeetingMonths;
        topicsLeadDays = topicsLeadDays == null ? 15 : topicsLeadDays;
        agreementWarningDays = agreementWarningDays == null ? 60 : agreementWarningDays;
        if (12 % jointMeetingMonths != 0) {
            throw new IllegalArgumentException("grassroots.regional.joint-meeting-months must divide 12");
        }
    }

    public static RegionalRules defaults() {
        return new RegionalRules(null, null, null);
    }
}
