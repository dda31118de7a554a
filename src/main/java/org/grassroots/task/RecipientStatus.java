package org.grassroots.task;

/** Where one addressee stands; labels task.status.&lt;NAME&gt;. Only forward, never back. */
public enum RecipientStatus {
    SENT, ACKNOWLEDGED, IN_PROGRESS, COMPLETED;

    /** Acknowledging is the first step only; a note or the completion may come from any open state. */
    boolean canMoveTo(RecipientStatus next) {
        return switch (next) {
            case SENT -> false;
            case ACKNOWLEDGED -> this == SENT;
            case IN_PROGRESS, COMPLETED -> this != COMPLETED;
        };
    }
}
