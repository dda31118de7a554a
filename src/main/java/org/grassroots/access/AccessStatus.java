package org.grassroots.access;

/** Where a request stands at the street; labels access.status.&lt;NAME&gt;. Only APPROVED reaches communities. */
public enum AccessStatus {
    REGISTERED, APPROVED, REFUSED;

    public boolean isDecided() {
        return this != REGISTERED;
    }
}
