package org.grassroots.level;

import java.util.List;
import org.grassroots.meeting.ReminderSummary;
import org.grassroots.member.PartyMember;
import org.grassroots.org.OrgWarning;
import org.grassroots.org.PartyOrg;
import org.grassroots.region.Region;

/** The read models behind the level pages. */
final class LevelViews {

    private LevelViews() {
    }

    /** A breadcrumb step; linked only when the user may open it. */
    record Crumb(String name, String url) {
    }

    /** attention: open organizations in the child's subtree with at least one setup warning. */
    record RegionRow(Region region, Counts counts, long attention) {
    }

    /**
     * An organization's row, its type, category and warnings' short texts looked up once in the page's
     * language (a row kept with the box rows is kept per language).
     */
    record OrgRow(PartyOrg org, Counts counts, List<OrgWarning> warnings, String typeLabel, String categoryLabel,
            List<String> warningLabels) {
    }

    /** reminders: what the secretaries of the subtree must act on (meeting/ComplianceViewService). */
    record RegionPage(Region region, List<Crumb> crumbs, Counts totals, List<RegionRow> children,
            List<OrgRow> orgs, long orgsWithWarnings, long attentionInSubtree, ReminderSummary reminders) {
    }

    record OrgPage(PartyOrg org, List<Crumb> crumbs, boolean parentVisible, String secretaryName, Counts own, Counts subtree,
            List<OrgWarning> warnings, List<OrgRow> children, List<PartyMember> members) {
    }
}
