package org.grassroots.venue;

/** What a community lacks in service venues; labels venue.warning.&lt;NAME&gt;. */
public enum VenueWarning {
    /** No open venue serves it: neither one of its own nor one whose 15-minute circle includes it. */
    NO_VENUE,
    /** The venue area serving it is below the city's area per 100 households. */
    BELOW_STANDARD
}
