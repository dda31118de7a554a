package org.grassroots.member;

/** Taken from the ID number. Labels: member.gender.&lt;NAME&gt;. */
public enum Gender {
    MALE, FEMALE
}
