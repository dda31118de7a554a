package org.grassroots.regional;

/** A need's status, derived from its projects (open; in progress with a planned or active project; met with one done). Labels: regional.needStatus.&lt;NAME&gt;. */
public enum NeedStatus {
    OPEN, IN_PROGRESS, MET
}
