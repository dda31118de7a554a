package org.grassroots.regional;

/** 共建协议 state, derived from the term. Labels: regional.agreementState.&lt;NAME&gt;. */
public enum AgreementState {
    UPCOMING, ACTIVE, EXPIRED
}
