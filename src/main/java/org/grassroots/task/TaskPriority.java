package org.grassroots.task;

/** How urgent a task is; labels task.priority.&lt;NAME&gt;. */
public enum TaskPriority { NORMAL, IMPORTANT, URGENT }
