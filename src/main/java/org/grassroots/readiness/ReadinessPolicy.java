package org.grassroots.readiness;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.grassroots.funds.FundsPolicy;
import org.grassroots.funds.FundsViews.FundingFact;
import org.grassroots.readiness.ReadinessViews.Answer;
import org.grassroots.readiness.ReadinessViews.Reason;
import org.grassroots.regional.RegionalViews.CommunityTie;
import org.grassroots.venue.VenueViews.CommunityCheck;
import org.grassroots.venue.VenueWarning;
import org.grassroots.workforce.WorkforceViews.StaffingFact;

/**
 * Turns each feature's per-community fact into a yes or no with its reasons. The rules themselves stay
 * in the features (workforce, funds, venue, regional): this only reads their verdict and words the facts.
 */
final class ReadinessPolicy {

    private ReadinessPolicy() {
    }

    /** An answer without its reasons, for counting. */
    static Answer verdict(Indicator indicator, boolean met) {
        return new Answer(indicator, met, List.of());
    }

    /** The verdict of {@link #people}. */
    static boolean peopleMet(StaffingFact f) {
        return f != null && f.met();
    }

    /** The verdict of {@link #money}. */
    static boolean moneyMet(FundingFact f) {
        return f != null && f.met();
    }

    /** The verdict of {@link #place}: no NO_VENUE or BELOW_STANDARD warning. */
    static boolean placeMet(CommunityCheck c) {
        return c != null && !c.warned(VenueWarning.NO_VENUE) && !c.warned(VenueWarning.BELOW_STANDARD);
    }

    /** The verdict of {@link #regional}. */
    static boolean regionalMet(CommunityTie t) {
        return t != null && t.active();
    }

    /** 有人管事: the fact's verdict; the reasons name the vacant secretary and the missing full-time worker. */
    static Answer people(StaffingFact f) {
        if (f == null) {
            return missing(Indicator.PEOPLE);
        }
        List<Reason> reasons = new ArrayList<>();
        if (f.secretaryName() == null) {
            reasons.add(reason("readiness.reason.noSecretary"));
        }
        if (f.fullTimePartyWorkers() == 0) {
            reasons.add(reason("readiness.reason.noPartyWorker"));
        }
        if (f.met() || reasons.isEmpty()) {
            reasons.clear();
            reasons.add(reason("readiness.reason.staffed", f.secretaryName() == null ? "" : f.secretaryName(),
                    String.valueOf(f.fullTimePartyWorkers())));
        }
        return new Answer(Indicator.PEOPLE, f.met(), reasons);
    }

    /** 有钱办事: the fact's verdict; without a budget says so, behind schedule gives the rate and the rate due. */
    static Answer money(FundingFact f) {
        if (f == null) {
            return missing(Indicator.MONEY);
        }
        String rate = text(FundsPolicy.percent(f.rate() == null ? BigDecimal.ZERO : f.rate()));
        String due = text(FundsPolicy.percent(f.expectedShare().subtract(f.tolerance()).max(BigDecimal.ZERO)));
        Reason reason;
        if (!f.budgeted()) {
            reason = reason("readiness.reason.noBudget");
        } else if (!f.met()) {
            reason = reason("readiness.reason.behind", rate, due);
        } else {
            reason = reason("readiness.reason.onTrack", text(f.budget()), rate, due);
        }
        return new Answer(Indicator.MONEY, f.met(), List.of(reason));
    }

    /** 有场所议事: met without a NO_VENUE or BELOW_STANDARD warning; the reasons give area and the area due. */
    static Answer place(CommunityCheck c) {
        if (c == null) {
            return missing(Indicator.PLACE);
        }
        boolean met = placeMet(c);
        Reason reason;
        if (c.warned(VenueWarning.NO_VENUE)) {
            reason = reason("readiness.reason.noVenue");
        } else if (c.warned(VenueWarning.BELOW_STANDARD)) {
            reason = reason("readiness.reason.belowStandard", text(c.servingArea()), text(c.requiredArea()),
                    String.valueOf(c.households()));
        } else {
            reason = reason("readiness.reason.venueMet", String.valueOf(c.servingVenues()), text(c.servingArea()),
                    text(c.requiredArea()));
        }
        return new Answer(Indicator.PLACE, met, List.of(reason));
    }

    /** 区域化: the tie's verdict; the reasons give the last joint meeting and the active agreements. */
    static Answer regional(CommunityTie t) {
        if (t == null) {
            return missing(Indicator.REGIONAL);
        }
        List<Reason> reasons = new ArrayList<>();
        if (t.active()) {
            if (t.activeAgreements() > 0) {
                reasons.add(reason("readiness.reason.agreements", String.valueOf(t.activeAgreements())));
            }
            if (t.lastMeetingOn() != null) {
                reasons.add(reason("readiness.reason.lastMeeting", t.lastMeetingOn().toString()));
            }
        } else if (t.lastMeetingOn() == null) {
            reasons.add(reason("readiness.reason.neverMet"));
        } else {
            reasons.add(reason("readiness.reason.noRecentMeeting", t.lastMeetingOn().toString()));
        }
        return new Answer(Indicator.REGIONAL, t.active(), reasons);
    }

    private static Answer missing(Indicator indicator) {
        return new Answer(indicator, false, List.of(reason("readiness.reason.noRecord")));
    }

    private static Reason reason(String key, Object... args) {
        return new Reason(key, List.of(args));
    }

    private static String text(BigDecimal value) {
        return value == null ? "" : value.stripTrailingZeros().toPlainString();
    }
}
