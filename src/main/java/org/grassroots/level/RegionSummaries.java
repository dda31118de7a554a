package org.grassroots.level;

import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import org.grassroots.region.Region;
import org.grassroots.region.RegionLevel;
import org.grassroots.shared.Scope;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The figures a region's level page shows, for other features (the read API): read through the same
 * {@code LevelService.regionPage} the page uses, so both always agree.
 */
@Service
@Transactional(readOnly = true)
public class RegionSummaries {

    private final LevelService levels;
    private final KeptBoxes kept;

    RegionSummaries(LevelService levels, KeptBoxes kept) {
        this.levels = levels;
        this.kept = kept;
    }

    /**
     * A region's figures. totals: organizations, members and the pipeline of its subtree; attention:
     * open organizations of the subtree with a setup warning; orgsWithWarnings: of those sitting in the
     * region itself; dueSoon, overdue, terms: the reminder counts; children: the same per child region.
     */
    public record Summary(long regionId, String name, RegionLevel level, Counts totals, long attention,
            long orgsWithWarnings, long dueSoon, long overdue, long terms, List<Child> children) {
    }

    /** A child region's figures: attention counts its open organizations with a setup warning. */
    public record Child(long regionId, String name, RegionLevel level, Counts counts, long attention) {
    }

    /** 404 (NotFoundException) outside the scope, like the page. */
    public Summary summary(long regionId, Scope scope) {
        LevelViews.RegionPage page = levels.regionPage(regionId, scope);
        return new Summary(page.region().getId(), page.region().getName(), page.region().getLevel(), page.totals(),
                page.attentionInSubtree(), page.orgsWithWarnings(), page.reminders().dueSoon(),
                page.reminders().overdue(), page.reminders().terms(),
                page.children().stream().map(c -> new Child(c.region().getId(), c.region().getName(),
                        c.region().getLevel(), c.counts(), c.attention())).toList());
    }

    /**
     * The feature boxes' figures per community of the region's subtree from community_box_rollup, as the
     * level page reads them: for a region grant only (empty otherwise); the region must be in the scope.
     */
    public Optional<BoxRollup.Boxes> boxes(Region region, Scope scope) {
        return levels.boxes(region, scope);
    }

    /**
     * A box worked out from the rows, kept with them ({@link KeptBoxes}): under the level page's name
     * for the box (coverage, reporting, volunteers, workforce, funds) a page shares the level page's
     * value, so both must work it out with the same call.
     */
    public <T> T kept(BoxRollup.Boxes boxes, String box, long regionId, Supplier<T> compute) {
        return kept.get(boxes, box, regionId, compute);
    }

    /** As {@link #kept(BoxRollup.Boxes, String, long, Supplier)} when there are rows; otherwise computed now. */
    public <T> T kept(Optional<BoxRollup.Boxes> boxes, String box, long regionId, Supplier<T> compute) {
        return kept.get(boxes, box, regionId, compute);
    }
}
