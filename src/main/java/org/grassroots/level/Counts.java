package org.grassroots.level;

/** Figures shown for a region or an organization. members = full + probationary. */
public record Counts(long orgs, long members, long full, long probationary, long pipeline) {

    static final Counts ZERO = new Counts(0, 0, 0, 0, 0);

    Counts plus(Counts o) {
        return new Counts(orgs + o.orgs, members + o.members, full + o.full, probationary + o.probationary,
                pipeline + o.pipeline);
    }
}
