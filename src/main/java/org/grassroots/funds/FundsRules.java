package org.grassroots.funds;

import java.math.BigDecimal;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * How far spending may lag behind the calendar and still count as on track (local practice, no
 * national figure): a community is on track when its execution rate (spent ÷ budget) is at least the
 * elapsed share of the year minus this tolerance. 0.2 means 20 percentage points: on 1 July (about 50%
 * of the year gone) a rate of 30% is still on track.
 *
 * @param onTrackTolerance the tolerance as a fraction, 0 to 1
 */
@ConfigurationProperties("grassroots.funds")
public record FundsRules(BigDecimal onTrackTolerance) {

    public FundsRules {
        onTrackTolerance = onTrackTolerance == null ? new BigDecimal("0.2") : onTrackTolerance;
    }

    public static FundsRules defaults() {
        return new FundsRules(null);
    }
}
