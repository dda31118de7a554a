package org.grassroots.dues;

/**
 * Why a base was recorded. ANNUAL: the yearly assessment, which fixes the year's amount from its
 * first month; CHANGE: income or category changed within the year, applies from its own month and
 * needs a reason. Labels: dues.baseKind.&lt;NAME&gt;.
 */
public enum BaseKind {
    ANNUAL, CHANGE
}
