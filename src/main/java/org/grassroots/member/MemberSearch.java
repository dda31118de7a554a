package org.grassroots.member;

import lombok.Data;

/** The member list's filters: name or ID number (last four, or all eighteen), status, organization. */
@Data
public class MemberSearch {

    enum Mode { NAME, ID_TAIL, FULL_ID }

    private String q;
    private MemberStatus status;
    private Long orgId;
    private boolean includeFormer;
    private int page;

    /** Set by the service from orgId once the organization is found in scope. */
    private String orgPath;

    /** Set by the service for a narrow scope: the organizations whose people are listed (see OrgService). */
    private java.util.List<Long> orgIds;

    String query() {
        return q == null ? "" : q.trim();
    }

    static Mode modeOf(String q) {
        if (q.matches("\\d{17}[\\dXx]")) {
            return Mode.FULL_ID;
        }
        if (q.matches("\\d{3}[\\dXx]")) {
            return Mode.ID_TAIL;
        }
        return Mode.NAME;
    }
}
