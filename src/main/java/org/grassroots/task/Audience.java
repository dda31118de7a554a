package org.grassroots.task;

/** Who a new task goes to: every node one level below the issuer, or nodes chosen below it. */
public enum Audience { ALL_BELOW, CHOSEN }
