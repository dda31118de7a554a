package org.grassroots.regional;

/** A project's status. Labels: regional.projectStatus.&lt;NAME&gt;. */
public enum ProjectStatus {
    PLANNED, ACTIVE, DONE, CANCELLED
}
