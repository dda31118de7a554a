package org.grassroots.development;

/**
 * Where an approval step stands: NONE for steps that need no approval; PENDING in the approving
 * street's queue; APPROVED; RETURNED to the branch with a reason. Labels: development.approvalState.&lt;NAME&gt;.
 */
public enum ApprovalState { NONE, PENDING, APPROVED, RETURNED }
