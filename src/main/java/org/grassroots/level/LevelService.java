package org.grassroots.level;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.grassroots.meeting.ComplianceViewService;
import org.grassroots.meeting.ReminderSummary;
import org.grassroots.member.MemberService;
import org.grassroots.member.PartyMember;
import org.grassroots.org.OrgService;
import org.grassroots.org.OrgWarning;
import org.grassroots.org.PartyOrg;
import org.grassroots.region.Region;
import org.grassroots.region.RegionLevel;
import org.grassroots.region.RegionService;
import org.grassroots.shared.Scope;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Composes each level's page from the feature services; the rules stay in the features. */
@Service
@Transactional(readOnly = true)
class LevelService {

    private final RegionService regions;
    private final OrgService orgs;
    private final MemberService members;
    private final LevelQueries queries;
    private final ComplianceViewService compliance;
    private final Clock clock;
    private final BoxRollup boxRollup;
    private final KeptBoxes kept;
    private final MessageSource messages;

    @SuppressWarnings("java:S107") // the services a level page is composed of
    LevelService(RegionService regions, OrgService orgs, MemberService members, LevelQueries queries,
            ComplianceViewService compliance, Clock clock, BoxRollup boxRollup, KeptBoxes kept,
            MessageSource messages) {
        this.regions = regions;
        this.orgs = orgs;
        this.members = members;
        this.queries = queries;
        this.compliance = compliance;
        this.clock = clock;
        this.boxRollup = boxRollup;
        this.kept = kept;
        this.messages = messages;
    }

    LevelViews.RegionPage regionPage(long id, Scope scope) {
        Region region = regions.require(id, scope);
        boolean rolledUp = scope.kind() == Scope.Kind.REGION;
        // kept with the box roll-up rows: every refresh writing community_rollup writes them after it (V34)
        BoxRollup.Boxes boxes = rolledUp ? boxRollup.read(region.getPath()) : null;
        Map<Long, LevelQueries.Rolled> figures = rolledUp
                ? kept.get(boxes, "rolled-up", id, () -> queries.rolledUp(region.getPath(), region.getLevel()))
                : counted(region, scope);
        List<LevelViews.RegionRow> children = new ArrayList<>();
        if (region.getLevel() != RegionLevel.COMMUNITY) {
            for (Region child : regions.children(region)) {
                LevelQueries.Rolled f = figures.getOrDefault(child.getId(), LevelQueries.Rolled.ZERO);
                children.add(new LevelViews.RegionRow(child, f.counts(), f.attention()));
            }
        }
        LevelQueries.Rolled total = figures.getOrDefault(0L, LevelQueries.Rolled.ZERO);
        // the organizations sitting in the region, kept with the rows too: their members and facts queue the
        // region (V16), a name, category or place in the tree written moves the mark (V35)
        List<LevelViews.OrgRow> orgRows = rolledUp
                ? kept.get(boxes, "org-rows", id, () -> orgRows(orgs.sittingIn(region, scope)))
                : orgRows(orgs.sittingIn(region, scope));
        long withWarnings = orgRows.stream().filter(r -> !r.warnings().isEmpty()).count();
        ReminderSummary reminders = rolledUp
                ? compliance.reminderSummary(region.getId(), total.dueSoon(), total.overdue(), total.terms())
                : compliance.reminderSummary(region, scope);
        return new LevelViews.RegionPage(region, crumbs(region.getPath(), scope), total.counts(), children, orgRows,
                withWarnings, total.attention(), reminders);
    }

    /**
     * The dues, development and grid figures per child region from the roll-up, for a region grant
     * (a community's own row keyed by its id: its page reads its dues, grid counts and development
     * total from the row; its membership page lists its organizations from the records); empty for an
     * organization's grant, counted from its people by the features themselves.
     */
    Optional<LevelQueries.MembersSide> membersSide(Region region, Scope scope) {
        if (scope.kind() != Scope.Kind.REGION) {
            return Optional.empty();
        }
        return Optional.of(kept.get(boxRollup.read(region.getPath()), "members-side", region.getId(),
                () -> queries.membersSide(region.getId(), region.getPath(), region.getLevel())));
    }

    /**
     * The feature boxes' figures per community of the region's subtree from community_box_rollup, for a
     * region grant (every row under a page the user may open is inside the grant); empty otherwise.
     */
    Optional<BoxRollup.Boxes> boxes(Region region, Scope scope) {
        return scope.kind() == Scope.Kind.REGION ? Optional.of(boxRollup.read(region.getPath())) : Optional.empty();
    }

    /**
     * The figures counted from the raw rows, for a grant that is not a region's (the roll-up rows hold
     * whole regions): keyed like {@link LevelQueries#rolledUp}.
     */
    private Map<Long, LevelQueries.Rolled> counted(Region region, Scope scope) {
        LocalDate today = today();
        List<LevelQueries.OrgFacts> needingAttention = queries.orgFacts(region.getPath(), scope).stream()
                .filter(f -> !orgs.policy().warnings(f.type(), f.hasCommittee(), f.termEnd(), f.full(), f.members(),
                        today).isEmpty())
                .toList();
        Map<Long, LevelQueries.Rolled> result = new HashMap<>();
        result.put(0L, new LevelQueries.Rolled(queries.totals(region.getPath(), scope), needingAttention.size(), 0, 0,
                0));
        if (region.getLevel() != RegionLevel.COMMUNITY) {
            queries.byChildRegion(region.getPath(), region.getLevel(), scope).forEach((child, counts) -> result.put(
                    child, new LevelQueries.Rolled(counts, needingAttention.stream()
                            .filter(f -> child.equals(childKey(f, region))).count(), 0, 0, 0)));
        }
        return result;
    }

    private static Long childKey(LevelQueries.OrgFacts f, Region parent) {
        return switch (parent.getLevel()) {
            case CITY -> f.districtId();
            case DISTRICT -> f.streetId();
            case STREET -> f.communityId();
            case COMMUNITY -> null;
        };
    }

    LevelViews.OrgPage orgPage(long id, Scope scope) {
        PartyOrg org = orgs.require(id, scope);
        Counts own = queries.byOrg(List.of(org.getId())).getOrDefault(org.getId(), Counts.ZERO);
        List<LevelViews.Crumb> crumbs = crumbs(org.getRegionPath(), scope);
        List<PartyMember> list = new ArrayList<>(members.currentPeopleOf(org));
        list.sort(Comparator.comparing((PartyMember m) -> m.getStatus().ordinal()).thenComparing(PartyMember::getName));
        boolean parentVisible = org.getParent() != null
                && scope.coversOrg(org.getParent().getPath(), org.getParent().getRegionPath());
        return new LevelViews.OrgPage(org, crumbs, parentVisible, orgs.secretaryName(org), own,
                queries.subtree(org.getPath(), scope),
                orgs.policy().warnings(org, own.full(), own.members(), today()), orgRows(orgs.children(org, scope)),
                list);
    }

    private List<LevelViews.OrgRow> orgRows(List<PartyOrg> list) {
        Map<Long, Counts> counts = queries.byOrg(list.stream().map(PartyOrg::getId).toList());
        LocalDate today = today();
        Locale locale = LocaleContextHolder.getLocale();
        return list.stream().map(o -> {
            Counts c = counts.getOrDefault(o.getId(), Counts.ZERO);
            List<OrgWarning> warnings = orgs.policy().warnings(o, c.full(), c.members(), today);
            return new LevelViews.OrgRow(o, c, warnings,
                    messages.getMessage("org.type." + o.getType().name(), null, locale),
                    messages.getMessage("org.category." + o.getCategory().name(), null, locale),
                    warnings.stream().map(w -> messages.getMessage(w.key() + ".short", null, locale)).toList());
        }).toList();
    }

    private List<LevelViews.Crumb> crumbs(String regionPath, Scope scope) {
        return regions.lineage(regionPath).stream()
                .map(r -> new LevelViews.Crumb(r.getName(), scope.coversRegion(r.getPath()) ? "/regions/" + r.getId() : null))
                .toList();
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }
}
