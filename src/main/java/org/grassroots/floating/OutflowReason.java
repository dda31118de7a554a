package org.grassroots.floating;

/** Why a member is away (流出原因). */
public enum OutflowReason { WORK, STUDY, BUSINESS, OTHER }
