package org.grassroots.api;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.grassroots.dashboard.DashboardViews;
import org.grassroots.meeting.Meeting;
import org.grassroots.meeting.MeetingType;
import org.grassroots.member.CommitteeRole;
import org.grassroots.member.Gender;
import org.grassroots.member.MemberStatus;
import org.grassroots.member.PartyMember;
import org.grassroots.org.OrgCategory;
import org.grassroots.org.OrgType;
import org.grassroots.org.PartyOrg;
import org.grassroots.region.Region;
import org.grassroots.region.RegionLevel;

/** What the read API answers, as JSON: plain values only, personal data masked as in the lists. */
final class ApiViews {

    private ApiViews() {
    }

    /** A page of a list: the rows, the page asked for (from 0), its size and the whole list's total. */
    record PageOf<T>(List<T> items, int page, int size, long total) {

        static <T> PageOf<T> of(List<T> all, Paging paging) {
            int from = (int) Math.min((long) paging.page() * paging.size(), all.size());
            int to = Math.min(from + paging.size(), all.size());
            return new PageOf<>(List.copyOf(all.subList(from, to)), paging.page(), paging.size(), all.size());
        }
    }

    record RegionRef(long id, String code, String name, RegionLevel level) {

        static RegionRef of(Region r) {
            return new RegionRef(r.getId(), r.getCode(), r.getName(), r.getLevel());
        }
    }

    record RegionJson(long id, String code, String name, RegionLevel level, Long parentId, List<RegionRef> children) {
    }

    record OrgRef(long id, String name, OrgType type, OrgCategory category, boolean closed) {

        static OrgRef of(PartyOrg o) {
            return new OrgRef(o.getId(), o.getName(), o.getType(), o.getCategory(), o.isClosed());
        }
    }

    record OrgJson(long id, String name, OrgType type, OrgCategory category, Long parentId, long regionId,
            String regionName, String secretaryName, boolean hasCommittee, LocalDate foundedOn, LocalDate termStart,
            LocalDate termEnd, LocalDate closedOn, List<OrgRef> children) {
    }

    /** A person as the member list shows them: the ID number and the phone masked, never in full. */
    record MemberJson(long id, String name, Gender gender, MemberStatus status, CommitteeRole committeeRole,
            String idNumberMasked, String phoneMasked, LocalDate admittedOn, LocalDate fullMemberOn) {

        static MemberJson of(PartyMember m) {
            return new MemberJson(m.getId(), m.getName(), m.getGender(), m.getStatus(), m.getCommitteeRole(),
                    m.getIdNumberMasked(), m.getPhoneMasked(), m.getAdmittedOn(), m.getFullMemberOn());
        }
    }

    record MeetingJson(long id, MeetingType type, LocalDate heldOn, String topic, String place, boolean election) {

        static MeetingJson of(Meeting m) {
            return new MeetingJson(m.getId(), m.getType(), m.getHeldOn(), m.getTopic(), m.getPlace(), m.isElection());
        }
    }

    /** A region's dashboard: its cards, each made of tables (a line per child region and the total). */
    record DashboardJson(long regionId, int year, List<SectionJson> sections) {

        static DashboardJson of(DashboardViews.Dashboard d) {
            return new DashboardJson(d.region().getId(), d.year(), d.sections().stream()
                    .map(s -> new SectionJson(s.key(), s.tables().stream().map(TableJson::of).toList())).toList());
        }
    }

    /** A dashboard card by its key (members, development, compliance, coverage, grid, ...). */
    record SectionJson(String key, List<TableJson> tables) {
    }

    /** A table of a card: its columns, one line per child region (or organization) and the total line. */
    record TableJson(String id, String title, List<String> columns, List<LineJson> lines, LineJson total) {

        static TableJson of(DashboardViews.Table t) {
            return new TableJson(t.id(), t.title(), t.columns(), t.lines().stream().map(LineJson::of).toList(),
                    t.total() == null ? null : LineJson.of(t.total()));
        }
    }

    /** A line: its label and a value per column (null: none). */
    record LineJson(String label, List<BigDecimal> values) {

        static LineJson of(DashboardViews.Line line) {
            return new LineJson(line.label(), line.values());
        }
    }
}
