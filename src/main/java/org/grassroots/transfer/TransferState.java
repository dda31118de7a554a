package org.grassroots.transfer;

import java.util.EnumSet;
import java.util.Set;

/**
 * Where a transfer stands. A sent transfer past its validity shows as EXPIRED without being
 * rewritten (see {@link MemberTransfer#effectiveState}). Labels: transfer.state.&lt;NAME&gt;.
 */
public enum TransferState {
    DRAFT, SENT, RECEIVED, RETURNED, EXPIRED, CANCELLED;

    /** A member has at most one open transfer: a draft, or one sent and not yet received. */
    public static final Set<TransferState> OPEN = EnumSet.of(DRAFT, SENT);
}
