package org.grassroots.development;

/** The people a step names: introducers (入党介绍人) or mentors (培养联系人). Labels: development.role.&lt;NAME&gt;. */
public enum PersonRole { INTRODUCER, MENTOR }
