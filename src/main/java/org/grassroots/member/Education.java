package org.grassroots.member;

/** Highest education. Labels: member.education.&lt;NAME&gt;. */
public enum Education {
    PRIMARY, JUNIOR_SECONDARY, SENIOR_SECONDARY, VOCATIONAL, JUNIOR_COLLEGE, BACHELOR, MASTER, DOCTORATE
}
