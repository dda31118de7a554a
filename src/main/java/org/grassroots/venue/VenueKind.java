package org.grassroots.venue;

/**
 * 党群服务中心 (a centre, usually the street's) or 党群服务站 (a station, usually a community's);
 * labels venue.kind.&lt;NAME&gt;.
 */
public enum VenueKind {
    CENTER,
    STATION
}
