package org.grassroots.readiness;

/** The four parts of 三有一化 a community is checked for; labels readiness.indicator.&lt;NAME&gt;. */
public enum Indicator {
    /** 有人管事: a serving secretary and at least one full-time Party worker. */
    PEOPLE,
    /** 有钱办事: this year's budget in place and its execution on track. */
    MONEY,
    /** 有场所议事: a serving venue meeting the city's area per 100 households. */
    PLACE,
    /** 区域化: a joint meeting since the previous period began, or an active co-building agreement. */
    REGIONAL
}
