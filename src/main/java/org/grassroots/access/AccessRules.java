package org.grassroots.access;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * How many approved items a community may receive in a month before the burden pages flag it. No
 * national figure exists; the 减负 lists of each city set their own (local practice), so it is a setting.
 *
 * @param monthlyLimit a community with more approved items than this in one month is flagged
 */
@ConfigurationProperties("grassroots.access")
public record AccessRules(Integer monthlyLimit) {

    public AccessRules {
        monthlyLimit = monthlyLimit == null ? 10 : monthlyLimit;
    }

    public static AccessRules defaults() {
        return new AccessRules(null);
    }
}
