package org.grassroots.assessment;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * City settings of the assessment (docs/rules/assessment.md). Rankings are hidden unless the city
 * shows them: the scores table is then ordered by total with a rank column.
 */
@ConfigurationProperties("grassroots.assessment")
public class AssessmentRules {

    private boolean showRankings;

    public boolean isShowRankings() {
        return showRankings;
    }

    public void setShowRankings(boolean showRankings) {
        this.showRankings = showRankings;
    }
}
