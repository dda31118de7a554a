package org.grassroots.task;

/** A recipient's standing against the deadline (see {@link TaskDeadlinePolicy}); labels task.urgency.&lt;NAME&gt;. */
public enum Urgency { ON_TIME, DUE_SOON, OVERDUE, DONE }
