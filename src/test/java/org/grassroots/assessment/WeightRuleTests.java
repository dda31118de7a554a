package org.grassroots.assessment;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The weight rule on its own: top level adds up to 100, a group's children to the group's weight. */
class WeightRuleTests {

    /** "name:weight" top level, "name:weight>group" a child of group, "name:weight*" a group. */
    static Stream<Arguments> cases() {
        return Stream.of(
                Arguments.of("nothing", List.of(), List.of("assessment.weights.empty")),
                Arguments.of("leaves adding up", List.of("a:60", "b:40"), List.of()),
                Arguments.of("leaves short", List.of("a:60", "b:35"), List.of("assessment.weights.top 95,100")),
                Arguments.of("leaves over", List.of("a:60", "b:40.5"), List.of("assessment.weights.top 100.5,100")),
                Arguments.of("decimals adding up", List.of("a:33.33", "b:33.33", "c:33.34"), List.of()),
                Arguments.of("group adding up", List.of("g:50*", "x:20>g", "y:30>g", "b:50"), List.of()),
                Arguments.of("group short", List.of("g:50*", "x:20>g", "y:20>g", "b:50"),
                        List.of("assessment.weights.group g,40,50")),
                Arguments.of("empty group", List.of("g:50*", "b:50"), List.of("assessment.weights.emptyGroup g")),
                Arguments.of("both broken", List.of("g:50*", "x:10>g", "b:40"),
                        List.of("assessment.weights.top 90,100", "assessment.weights.group g,10,50")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void shouldNameTheSumsOfBrokenWeights(String name, List<String> spec, List<String> expected) {
        List<WeightRule.Node> nodes = new ArrayList<>();
        long id = 1;
        for (String s : spec) {
            String[] parts = s.split("[:>]");
            boolean group = parts[1].endsWith("*");
            Long parent = parts.length > 2 ? nodes.stream().filter(n -> n.name().equals(parts[2])).findFirst()
                    .orElseThrow().id() : null;
            nodes.add(new WeightRule.Node(id++, parent, parts[0], new BigDecimal(parts[1].replace("*", "")),
                    group ? Source.GROUP : Source.MANUAL));
        }
        List<String> problems = WeightRule.check(nodes).stream()
                .map(p -> p.messageKey() + (p.args().isEmpty() ? "" : " " + String.join(",", p.args()))).toList();
        assertThat(problems).containsExactlyElementsOf(expected);
    }
}
