package org.grassroots.task;

/**
 * What a recipient must give on completion; labels task.evidence.&lt;NAME&gt;. RECORD is a meeting of the
 * recipient's own scope, linked by its id.
 */
public enum EvidenceKind { TEXT, NUMBER, RECORD }
