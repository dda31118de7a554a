package org.grassroots.assessment;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.grassroots.audit.AuditService;
import org.grassroots.region.Region;
import org.grassroots.region.RegionLevel;
import org.grassroots.region.RegionService;
import org.grassroots.shared.BusinessRuleException;
import org.grassroots.shared.NotFoundException;
import org.grassroots.shared.Scope;
import org.grassroots.shared.StaleEditException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Indicator trees, their indicators and manual scores. A tree is seen by the scopes that cover its
 * owner (drafts included) and, once published, by the scopes under its owner; it is changed only by
 * its owner level (the user whose region is the owner). Anything else answers 404.
 */
@Service
@Transactional(readOnly = true)
public class AssessmentService {

    private final AssessmentTreeRepository trees;
    private final AssessmentIndicatorRepository indicators;
    private final ManualScoreRepository scores;
    private final RegionService regions;
    private final AuditService audit;
    private final Clock clock;

    AssessmentService(AssessmentTreeRepository trees, AssessmentIndicatorRepository indicators,
            ManualScoreRepository scores, RegionService regions, AuditService audit, Clock clock) {
        this.trees = trees;
        this.indicators = indicators;
        this.scores = scores;
        this.regions = regions;
        this.audit = audit;
        this.clock = clock;
    }

    // ---------------------------------------------------------------- reading

    /** A tree the scope may see. */
    public AssessmentTree require(long id, Scope scope) {
        AssessmentTree tree = trees.findById(id).orElseThrow(() -> new NotFoundException("assessment_tree", id));
        Region owner = owner(tree);
        boolean above = scope.coversRegion(owner.getPath());
        boolean below = tree.isPublished() && scope.kind() == Scope.Kind.REGION
                && scope.regionPrefix().startsWith(owner.getPath());
        if (!above && !below) {
            throw new NotFoundException("assessment_tree", id);
        }
        return tree;
    }

    /** A tree the scope may change: its owner level only. */
    AssessmentTree requireOwned(long id, Scope scope) {
        AssessmentTree tree = require(id, scope);
        if (!ownedBy(tree, scope)) {
            throw new NotFoundException("assessment_tree", id);
        }
        return tree;
    }

    static boolean ownedBy(AssessmentTree tree, Scope scope) {
        return scope.kind() == Scope.Kind.REGION && scope.nodeId() == tree.getOwnerRegionId();
    }

    /** Whether the scope may define trees: a city or district grant. */
    boolean mayDefine(Scope scope) {
        if (scope.kind() != Scope.Kind.REGION) {
            return false;
        }
        RegionLevel level = regions.require(scope.nodeId(), scope).getLevel();
        return level == RegionLevel.CITY || level == RegionLevel.DISTRICT;
    }

    Region owner(AssessmentTree tree) {
        return regions.findById(tree.getOwnerRegionId())
                .orElseThrow(() -> new NotFoundException("region", tree.getOwnerRegionId()));
    }

    List<AssessmentIndicator> indicatorsOf(AssessmentTree tree) {
        return indicators.findByTreeIdOrderByPositionAscIdAsc(tree.getId());
    }

    AssessmentIndicator requireIndicator(long id, Scope scope) {
        AssessmentIndicator i = indicators.findById(id)
                .orElseThrow(() -> new NotFoundException("assessment_indicator", id));
        require(i.getTreeId(), scope);
        return i;
    }

    List<ManualScore> manualScores(List<AssessmentIndicator> list) {
        List<Long> ids = list.stream().filter(i -> i.getSource() == Source.MANUAL).map(AssessmentIndicator::getId)
                .toList();
        return ids.isEmpty() ? List.of() : scores.findByIndicatorIdIn(ids);
    }

    /** The weight problems of a tree (empty: it may be published). */
    List<WeightRule.Problem> problems(List<AssessmentIndicator> list) {
        return WeightRule.check(list.stream().map(i -> new WeightRule.Node(i.getId(), i.getParentId(), i.getName(),
                i.getWeight(), i.getSource())).toList());
    }

    /** An assessed region of the tree in the scope: the tree's level, under its owner; otherwise 404. */
    Region requireAssessed(AssessmentTree tree, long regionId, Scope scope) {
        Region region = regions.require(regionId, scope);
        if (region.getLevel() != tree.getAssessedLevel().regionLevel()
                || !region.getPath().startsWith(owner(tree).getPath())) {
            throw new NotFoundException("region", regionId);
        }
        return region;
    }

    // ---------------------------------------------------------------- trees

    @Transactional
    public AssessmentTree create(TreeForm form, Scope scope) {
        if (!mayDefine(scope)) {
            throw new NotFoundException("region", scope.nodeId());
        }
        AssessmentTree tree = AssessmentTree.of(scope.nodeId(), AuditService.currentUser());
        tree.describe(form.getName().trim(), form.getYear(), form.getAssessedLevel());
        AssessmentTree saved = trees.saveAndFlush(tree);
        audit.record("CREATE", "assessment_tree", saved.getId(), summary(saved));
        return saved;
    }

    @Transactional
    public AssessmentTree update(long id, TreeForm form, Scope scope) {
        AssessmentTree tree = requireOwned(id, scope);
        if (form.getVersion() == null || form.getVersion() != tree.getVersion()) {
            throw new StaleEditException(TreeForm.of(tree), tree.getVersion());
        }
        requireDraft(tree);
        String before = summary(tree);
        tree.describe(form.getName().trim(), form.getYear(), form.getAssessedLevel());
        AssessmentTree saved = trees.saveAndFlush(tree);
        audit.record("UPDATE", "assessment_tree", id, before + " -> " + summary(saved));
        return saved;
    }

    /** Publishing checks the weights and that the owner has no other published tree for the year and level. */
    @Transactional
    public AssessmentTree publish(long id, Scope scope) {
        AssessmentTree tree = requireOwned(id, scope);
        if (tree.isPublished()) {
            return tree;
        }
        List<WeightRule.Problem> problems = problems(indicatorsOf(tree));
        if (!problems.isEmpty()) {
            throw new WeightsBrokenException(problems);
        }
        if (trees.existsByOwnerRegionIdAndYearAndAssessedLevelAndPublishedTrueAndIdNot(tree.getOwnerRegionId(),
                tree.getYear(), tree.getAssessedLevel(), tree.getId())) {
            throw new BusinessRuleException("assessment.publish.duplicate");
        }
        tree.publish(true);
        AssessmentTree saved = trees.saveAndFlush(tree);
        audit.record("PUBLISH", "assessment_tree", id, summary(saved));
        return saved;
    }

    @Transactional
    public AssessmentTree unpublish(long id, Scope scope) {
        AssessmentTree tree = requireOwned(id, scope);
        if (!tree.isPublished()) {
            return tree;
        }
        tree.publish(false);
        AssessmentTree saved = trees.saveAndFlush(tree);
        audit.record("UNPUBLISH", "assessment_tree", id, summary(saved));
        return saved;
    }

    /** A draft copy for the next year, with every indicator. */
    @Transactional
    public AssessmentTree copyToNextYear(long id, Scope scope) {
        AssessmentTree source = requireOwned(id, scope);
        if (source.getYear() >= 2100) {
            throw new BusinessRuleException("assessment.copy.lastYear");
        }
        AssessmentTree copy = AssessmentTree.of(source.getOwnerRegionId(), AuditService.currentUser());
        copy.describe(source.getName(), source.getYear() + 1, source.getAssessedLevel());
        AssessmentTree saved = trees.saveAndFlush(copy);
        Map<Long, Long> newIds = new HashMap<>();
        List<AssessmentIndicator> list = indicatorsOf(source);
        for (boolean children : new boolean[] {false, true}) {
            for (AssessmentIndicator i : list) {
                if ((i.getParentId() != null) != children) {
                    continue;
                }
                AssessmentIndicator c = AssessmentIndicator.in(saved.getId(),
                        children ? newIds.get(i.getParentId()) : null, i.getPosition());
                c.describe(i.getName(), i.getWeight(), i.getSource(), i.getTarget());
                newIds.put(i.getId(), indicators.save(c).getId());
            }
        }
        indicators.flush();
        audit.record("COPY", "assessment_tree", saved.getId(), "from=" + id + " " + summary(saved));
        return saved;
    }

    // ---------------------------------------------------------------- indicators

    @Transactional
    public AssessmentIndicator addIndicator(long treeId, IndicatorForm form, Scope scope) {
        AssessmentTree tree = requireOwned(treeId, scope);
        requireDraft(tree);
        Long parentId = form.getParentId();
        if (parentId != null) {
            AssessmentIndicator parent = indicators.findById(parentId).orElse(null);
            if (parent == null || !parent.getTreeId().equals(tree.getId()) || parent.getSource() != Source.GROUP) {
                throw BusinessRuleException.onField("parentId", "assessment.indicator.parent.invalid");
            }
        }
        int position = indicatorsOf(tree).stream().mapToInt(AssessmentIndicator::getPosition).max().orElse(0) + 1;
        AssessmentIndicator i = AssessmentIndicator.in(tree.getId(), parentId, position);
        return save(i, form, "CREATE", null);
    }

    @Transactional
    public AssessmentIndicator updateIndicator(long id, IndicatorForm form, Scope scope) {
        AssessmentIndicator i = requireIndicator(id, scope);
        AssessmentTree tree = requireOwned(i.getTreeId(), scope);
        if (form.getVersion() == null || form.getVersion() != i.getVersion()) {
            throw new StaleEditException(IndicatorForm.of(i), i.getVersion());
        }
        requireDraft(tree);
        form.setParentId(i.getParentId());
        if (i.getSource() == Source.GROUP && form.getSource() != Source.GROUP
                && !indicators.findByParentId(i.getId()).isEmpty()) {
            throw BusinessRuleException.onField("source", "assessment.indicator.source.groupHasChildren");
        }
        return save(i, form, "UPDATE", summary(i));
    }

    /** Removes an indicator with its children and their manual scores. */
    @Transactional
    public void removeIndicator(long id, Scope scope) {
        AssessmentIndicator i = requireIndicator(id, scope);
        requireDraft(requireOwned(i.getTreeId(), scope));
        for (AssessmentIndicator child : indicators.findByParentId(i.getId())) {
            scores.deleteByIndicatorId(child.getId());
            indicators.delete(child);
        }
        scores.deleteByIndicatorId(i.getId());
        indicators.delete(i);
        indicators.flush();
        audit.record("DELETE", "assessment_indicator", id, summary(i));
    }

    private AssessmentIndicator save(AssessmentIndicator i, IndicatorForm form, String action, String before) {
        if (form.getParentId() != null && form.getSource() == Source.GROUP) {
            throw BusinessRuleException.onField("source", "assessment.indicator.source.nestedGroup");
        }
        if (form.getSource().needsTarget() && form.getTarget() == null) {
            throw BusinessRuleException.onField("target", "assessment.indicator.target.required");
        }
        i.describe(form.getName().trim(), form.getWeight(), form.getSource(), form.getTarget());
        AssessmentIndicator saved = indicators.saveAndFlush(i);
        audit.record(action, "assessment_indicator", saved.getId(),
                before == null ? summary(saved) : before + " -> " + summary(saved));
        return saved;
    }

    private static void requireDraft(AssessmentTree tree) {
        if (tree.isPublished()) {
            throw new BusinessRuleException("assessment.tree.published.locked");
        }
    }

    // ---------------------------------------------------------------- manual scores

    /** The owner level scores a manual indicator for one assessed region: 0..weight, with evidence. */
    @Transactional
    public ManualScore score(long treeId, long regionId, ManualScoreForm form, Scope scope) {
        AssessmentTree tree = requireOwned(treeId, scope);
        Region region = requireAssessed(tree, regionId, scope);
        AssessmentIndicator i = form.getIndicatorId() == null ? null
                : indicators.findById(form.getIndicatorId()).orElse(null);
        if (i == null || !i.getTreeId().equals(tree.getId()) || i.getSource() != Source.MANUAL) {
            throw new NotFoundException("assessment_indicator", form.getIndicatorId());
        }
        ManualScore existing = scores.findByIndicatorIdAndRegionId(i.getId(), region.getId()).orElse(null);
        if (existing != null && (form.getVersion() == null || form.getVersion() != existing.getVersion())) {
            throw new StaleEditException(ManualScoreForm.of(existing), existing.getVersion());
        }
        if (form.getScore().compareTo(i.getWeight()) > 0) {
            throw BusinessRuleException.onField("score", "assessment.score.overWeight",
                    WeightRule.text(i.getWeight()));
        }
        ManualScore s = existing == null ? ManualScore.of(i.getId(), region.getId()) : existing;
        String before = existing == null ? null : "score=" + existing.getScore();
        s.score(form.getScore(), form.getEvidence().trim(), AuditService.currentUser(), Instant.now(clock));
        ManualScore saved = scores.saveAndFlush(s);
        audit.record(existing == null ? "CREATE" : "UPDATE", "assessment_manual_score", saved.getId(),
                "indicator=" + i.getId() + " region=" + region.getId() + (before == null ? "" : " " + before + " ->")
                        + " score=" + saved.getScore());
        return saved;
    }

    // ---------------------------------------------------------------- helpers

    private static String summary(AssessmentTree t) {
        return t.getName() + " owner=" + t.getOwnerRegionId() + " year=" + t.getYear() + " level="
                + t.getAssessedLevel() + " published=" + t.isPublished();
    }

    private static String summary(AssessmentIndicator i) {
        return i.getName() + " tree=" + i.getTreeId() + " parent=" + i.getParentId() + " weight=" + i.getWeight()
                + " source=" + i.getSource() + " target=" + i.getTarget();
    }

    static BigDecimal weightOf(List<AssessmentIndicator> list) {
        return list.stream().map(AssessmentIndicator::getWeight).reduce(BigDecimal.ZERO, BigDecimal::add);
    }
}
