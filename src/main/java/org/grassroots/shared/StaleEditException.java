package org.grassroots.shared;

/** The record changed since the form was opened; carries the current state for the conflict view. */
public class StaleEditException extends RuntimeException {

    private final transient Object current;
    private final long currentVersion;

    public StaleEditException(Object current, long currentVersion) {
        super("stale edit");
        this.current = current;
        this.currentVersion = currentVersion;
    }

    public Object current() {
        return current;
    }

    public long currentVersion() {
        return currentVersion;
    }
}
