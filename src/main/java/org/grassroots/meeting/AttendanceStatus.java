package org.grassroots.meeting;

/** 出席, 缺席, 请假. Labels: meeting.attendance.&lt;NAME&gt;. */
public enum AttendanceStatus {
    PRESENT, ABSENT, EXCUSED
}
