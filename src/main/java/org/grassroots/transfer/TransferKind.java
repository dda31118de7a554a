package org.grassroots.transfer;

/** Where a transfer goes. Labels: transfer.kind.&lt;NAME&gt;. */
public enum TransferKind {
    /** From an organization in the system to another one in the system. */
    WITHIN,
    /** Out of the system, by letter, to an organization named by its name. */
    OUT,
    /** Into the system from an organization outside it, named by its name. */
    IN
}
