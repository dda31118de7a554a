package org.grassroots.member;

/** 在职, 离退休, 学生, 无固定职业, 农民, … Labels: member.occupation.&lt;NAME&gt;. */
public enum Occupation {
    EMPLOYED_STATE, EMPLOYED_ENTERPRISE, EMPLOYED_OTHER, SELF_EMPLOYED, RETIRED, STUDENT, UNEMPLOYED, FARMER,
    MILITARY, OTHER
}
