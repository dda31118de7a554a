package org.grassroots.neworg;

import lombok.Data;

/**
 * The list's filters: name or credit code, kind, coverage, location type, only alerts, only built then
 * scattered, whether closed units show; and the page.
 */
@Data
public class NewOrgSearch {

    private String q;
    private NewOrgKind kind;
    private Coverage coverage;
    private LocationType locationType;
    private boolean alert;
    private boolean scattered;
    private boolean closed;

    /** Only the units of a street that sit in none of its communities. */
    private boolean own;
    private int page;

    String query() {
        return q == null ? "" : q.trim();
    }
}
