package org.grassroots.resident;

import lombok.Data;

/** The unit list's filters: part of the name, the kind, whether closed units show; and the two pages. */
@Data
public class UnitSearch {

    private String q;
    private UnitKind kind;
    private boolean closed;
    private int page;

    /** The page of the list of units reported to a community (its own pager). */
    private int rpage;

    String query() {
        return q == null ? "" : q.trim();
    }
}
