package org.grassroots.assessment;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * The weights of a tree (docs/rules/assessment.md): the top-level indicators add up to 100, and the
 * children of a group add up to the group's weight; a group has children. A tree that breaks the rule
 * is kept as a draft and cannot be published; each problem names the sums.
 */
public final class WeightRule {

    static final BigDecimal TOTAL = BigDecimal.valueOf(100);

    record Node(long id, Long parentId, String name, BigDecimal weight, Source source) {
    }

    /** A broken rule: a message key and its arguments (names and sums as text). */
    public record Problem(String messageKey, List<String> args) {

        public Object[] argArray() {
            return args.toArray();
        }
    }

    private WeightRule() {
    }

    static List<Problem> check(List<Node> nodes) {
        List<Problem> problems = new ArrayList<>();
        List<Node> top = nodes.stream().filter(n -> n.parentId() == null).toList();
        if (top.isEmpty()) {
            problems.add(new Problem("assessment.weights.empty", List.of()));
            return problems;
        }
        BigDecimal topSum = sum(top);
        if (topSum.compareTo(TOTAL) != 0) {
            problems.add(new Problem("assessment.weights.top", List.of(text(topSum), text(TOTAL))));
        }
        for (Node group : top) {
            if (group.source() != Source.GROUP) {
                continue;
            }
            List<Node> children = nodes.stream().filter(n -> n.parentId() != null && n.parentId() == group.id())
                    .toList();
            if (children.isEmpty()) {
                problems.add(new Problem("assessment.weights.emptyGroup", List.of(group.name())));
                continue;
            }
            BigDecimal childSum = sum(children);
            if (childSum.compareTo(group.weight()) != 0) {
                problems.add(new Problem("assessment.weights.group",
                        List.of(group.name(), text(childSum), text(group.weight()))));
            }
        }
        return problems;
    }

    private static BigDecimal sum(List<Node> nodes) {
        return nodes.stream().map(Node::weight).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    static String text(BigDecimal n) {
        return n.stripTrailingZeros().toPlainString();
    }
}
