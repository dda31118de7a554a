package org.grassroots.floating;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.grassroots.audit.AuditService;
import org.grassroots.floating.FloatingViews.InflowDetail;
import org.grassroots.floating.FloatingViews.ListPage;
import org.grassroots.floating.FloatingViews.MemberRef;
import org.grassroots.floating.FloatingViews.OutflowDetail;
import org.grassroots.floating.FloatingViews.SummaryCounts;
import org.grassroots.floating.FloatingViews.SummaryPage;
import org.grassroots.floating.FloatingViews.Tab;
import org.grassroots.floating.FloatingViews.TabCounts;
import org.grassroots.member.MemberService;
import org.grassroots.member.PartyMember;
import org.grassroots.region.Region;
import org.grassroots.region.RegionLevel;
import org.grassroots.region.RegionService;
import org.grassroots.shared.NotFoundException;
import org.grassroots.shared.Pager;
import org.grassroots.shared.Scope;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** The read side of the mobile-member pages, and the figures per child region for the level pages. */
@Component
@Transactional(readOnly = true)
public class FloatingPages {

    /** An export carries at most this many rows. */
    static final int MAX_EXPORT = 5000;

    private final FloatingQueries queries;
    private final FloatingService floating;
    private final MemberService members;
    private final RegionService regions;
    private final AuditService audit;

    FloatingPages(FloatingQueries queries, FloatingService floating, MemberService members, RegionService regions,
            AuditService audit) {
        this.queries = queries;
        this.floating = floating;
        this.members = members;
        this.regions = regions;
        this.audit = audit;
    }

    ListPage list(Tab tab, String q, boolean all, int page, Scope scope) {
        LocalDate today = floating.today();
        FloatingPolicy policy = floating.policy();
        long total = queries.count(tab, scope, q, all, today, policy);
        Pager pager = Pager.of(page, total);
        TabCounts counts = new TabCounts(queries.count(Tab.OUTFLOW, scope, null, false, today, policy),
                queries.count(Tab.INFLOW, scope, null, false, today, policy),
                queries.count(Tab.LOST, scope, null, false, today, policy),
                queries.count(Tab.REVIEW, scope, null, false, today, policy));
        boolean inflows = tab == Tab.INFLOW;
        return new ListPage(tab, q, all,
                inflows ? List.of() : queries.outflows(tab, scope, q, all, today, policy, pager.offset(), pager.size()),
                inflows ? queries.inflows(scope, q, all, today, policy, pager.offset(), pager.size()) : List.of(),
                pager, counts, scope.kind() == Scope.Kind.REGION ? summary(scope.nodeId(), scope) : null);
    }

    /**
     * The whole list as shown (every page, at most {@link #MAX_EXPORT} rows), for the Excel export.
     * Audited: a ledger leaves the system (without the search text).
     */
    @Transactional
    ListPage export(Tab tab, String q, boolean all, Scope scope) {
        LocalDate today = floating.today();
        FloatingPolicy policy = floating.policy();
        boolean inflows = tab == Tab.INFLOW;
        ListPage page = new ListPage(tab, q, all,
                inflows ? List.of() : queries.outflows(tab, scope, q, all, today, policy, 0, MAX_EXPORT),
                inflows ? queries.inflows(scope, q, all, today, policy, 0, MAX_EXPORT) : List.of(),
                Pager.of(0, 0), null, null);
        audit.record("EXPORT", inflows ? "floating_inflow" : "floating_outflow", null, "tab=" + tab + ", rows="
                + (page.outflows().size() + page.inflows().size()) + ", all=" + all + ", q=" + (q == null
                || q.isEmpty() ? "" : "*"));
        return page;
    }

    OutflowDetail outflow(long id, Scope scope) {
        FloatingOutflow f = floating.requireOutflow(id, scope);
        LocalDate today = floating.today();
        FloatingPolicy policy = floating.policy();
        List<FloatingContact> contacts = floating.contactsOf(f);
        LocalDate last = contacts.stream().map(FloatingContact::getContactOn).max(LocalDate::compareTo).orElse(null);
        PartyMember m = f.getMember();
        MemberRef member = new MemberRef(m.getId(), m.getName(), m.getIdNumberMasked(), m.getOrg().getName());
        return new OutflowDetail(f, member, f.getHostOrg() == null ? null : f.getHostOrg().getName(), contacts, last,
                FloatingPolicy.daysSinceContact(f.getSince(), last, today),
                f.isOpen() && policy.outOfContact(f.getSince(), last, today),
                FloatingPolicy.certificateStatus(f.getCertStatus(), f.getCertIssuedOn(), f.getLastReviewOn(), today),
                f.isOpen() && policy.shortAbsence(f.getSince(), f.getExpectedReturnOn(), today),
                policy.rules().outOfContactMonths(), policy.rules().minAbsenceMonths());
    }

    InflowDetail inflow(long id, Scope scope) {
        FloatingInflow i = floating.requireInflow(id, scope);
        String hostName = i.getHostOrg().getName();
        if (i.getMemberId() == null) {
            return new InflowDetail(i, hostName, null, null, null, false);
        }
        // the linked record may sit outside the scope: its name and organization, linked only when in scope
        String[] linked = queries.memberName(i.getMemberId());
        boolean inScope;
        try {
            members.require(i.getMemberId(), scope);
            inScope = true;
        } catch (NotFoundException e) {
            inScope = false;
        }
        return new InflowDetail(i, hostName, linked[0], linked[1], i.getMemberId(), inScope);
    }

    MemberRef member(long memberId, Scope scope) {
        PartyMember m = members.require(memberId, scope);
        return new MemberRef(m.getId(), m.getName(), m.getIdNumberMasked(), m.getOrg().getName());
    }

    List<FloatingViews.Choice> hostOrgs() {
        return queries.hostOrgs();
    }

    List<FloatingViews.Choice> hostOrgsInScope(Scope scope) {
        return floating.hostOrgsInScope(scope).stream().map(o -> new FloatingViews.Choice(o.getId(), o.getName()))
                .toList();
    }

    /** The member page's line: the open outflow of the member, with its out-of-contact flag. */
    FloatingViews.MemberLine line(PartyMember member) {
        return floating.openOutflowOf(member).map(f -> {
            LocalDate last = floating.contactsOf(f).stream().map(FloatingContact::getContactOn)
                    .max(LocalDate::compareTo).orElse(null);
            return new FloatingViews.MemberLine(member.getId(), f.getId(), f.getDestination(), f.getSince(),
                    floating.policy().outOfContact(f.getSince(), last, floating.today()));
        }).orElse(new FloatingViews.MemberLine(member.getId(), null, null, null, false));
    }

    /**
     * For the level pages: per child region of the region (the community itself for a community),
     * the open outflows of members whose organization sits there, of those the ones out of contact
     * ({@code out-of-contact-months} or more since the last contact or the departure) and the ones
     * whose certificate is due for its annual review, and the open inflows hosted by an organization
     * sitting there; with the same figures for the whole region. A region outside the scope is 404.
     */
    public SummaryPage summary(long regionId, Scope scope) {
        Region region = regions.require(regionId, scope);
        List<Region> children = region.getLevel() == RegionLevel.COMMUNITY ? List.of(region)
                : regions.children(region);
        List<String> paths = new ArrayList<>(children.stream().map(Region::getPath).toList());
        paths.add(region.getPath());
        Map<String, long[]> counts = queries.summary(paths.stream().distinct().toList(), floating.today(),
                floating.policy());
        Function<Region, SummaryCounts> row = r -> {
            long[] c = counts.get(r.getPath());
            return new SummaryCounts(r, c[0], c[1], c[2], c[3]);
        };
        return new SummaryPage(region, children.stream().map(row).toList(), row.apply(region));
    }
}
