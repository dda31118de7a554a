package org.grassroots.funds;

/** Where budgeted money comes from: 区拨, 街道拨, 社会资金及捐赠. Labels: funds.source.&lt;NAME&gt;. */
public enum FundSource {
    DISTRICT, STREET, SOCIAL
}
