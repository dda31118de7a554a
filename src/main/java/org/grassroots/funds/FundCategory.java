package org.grassroots.funds;

/**
 * What community money is for (有钱办事): 工作经费, 党建经费, 服务群众专项经费, 人员报酬.
 * Labels: funds.category.&lt;NAME&gt;.
 */
public enum FundCategory {
    WORK, PARTY_BUILDING, MASSES, PAY
}
