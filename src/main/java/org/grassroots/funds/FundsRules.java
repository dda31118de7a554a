package org.grassroots.funds;

import java.math.BigDecimal;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * How far spending may lag behind the calendar and still count as on track (local practice, no
 * national figure): a community is on track when its execution rate (spent ÷ budget) is at least the
 * elapsed share of the year minus this tolerance. 0.2 means 20 percentage points: on 1 July (about 50%
 * of the year gone) a rate of 30% is still on track.
 *
 * <p>{@code onTrackTolerance}: the tolerance as a fraction, 0 to 1
 *
 * <p>The configured values are defaults: a value the city administrator saves on /settings replaces
 * them at run time (org.grassroots.settings), so the fields are mutable and volatile.
 */
@ConfigurationProperties("grassroots.funds")
public class FundsRules {

    private volatile BigDecimal onTrackTolerance;

    public FundsRules(BigDecimal onTrackTolerance) {
        onTrackTolerance = onTrackTolerance == null ? new BigDecimal("0.2") : onTrackTolerance;
        this.onTrackTolerance = onTrackTolerance;
    }

    public BigDecimal onTrackTolerance() {
        return onTrackTolerance;
    }

    /** Applies a value the city administrator saved on /settings (checked there against its bounds). */
    public void setOnTrackTolerance(BigDecimal onTrackTolerance) {
        this.onTrackTolerance = onTrackTolerance;
    }

    public static FundsRules defaults() {
        return new FundsRules(null);
    }
}
