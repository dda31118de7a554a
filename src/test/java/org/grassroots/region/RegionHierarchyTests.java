package org.grassroots.region;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.test.util.ReflectionTestUtils;

/**
 * The administrative tree 市 → 区 → 街道 → 社区 in the entity. That the database enforces the same
 * rule, whoever writes the rows, is shown by {@link RegionRepositoryTests}.
 */
class RegionHierarchyTests {

    @Test
    @DisplayName("a child is always exactly one level below its parent: CITY → DISTRICT → STREET → COMMUNITY")
    void shouldCreateNextLevelDownWhenChildIsAdded() {
        Region city = Region.city("T-UNIT-C", "city");
        Region district = city.addChild("T-UNIT-D", "district");
        Region street = district.addChild("T-UNIT-S", "street");
        Region community = street.addChild("T-UNIT-M", "community");

        assertThat(city.getLevel()).isEqualTo(RegionLevel.CITY);
        assertThat(city.getParent()).isNull();
        assertThat(district.getLevel()).isEqualTo(RegionLevel.DISTRICT);
        assertThat(district.getParent()).isSameAs(city);
        assertThat(street.getLevel()).isEqualTo(RegionLevel.STREET);
        assertThat(street.getParent()).isSameAs(district);
        assertThat(community.getLevel()).isEqualTo(RegionLevel.COMMUNITY);
        assertThat(community.getParent()).isSameAs(street);
        assertThat(community.getCode()).isEqualTo("T-UNIT-M");
        assertThat(community.getName()).isEqualTo("community");
    }

    @Test
    void shouldRefuseChildWhenParentIsCommunity() {
        Region community = Region.city("T-UNIT-C", "city").addChild("T-UNIT-D", "district")
                .addChild("T-UNIT-S", "street").addChild("T-UNIT-M", "community");

        assertThatIllegalArgumentException().isThrownBy(() -> community.addChild("T-UNIT-X", "below community"));
    }

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource({"CITY, DISTRICT", "DISTRICT, STREET", "STREET, COMMUNITY"})
    void shouldNameNextLevelWhenLevelHasChildren(RegionLevel level, RegionLevel next) {
        assertThat(level.next()).contains(next);
    }

    @Test
    void shouldHaveNoNextLevelWhenLevelIsCommunity() {
        assertThat(RegionLevel.COMMUNITY.next()).isEmpty();
    }

    @Test
    void shouldHaveNoPathIdsWhenNotYetSaved() {
        assertThat(Region.city("T-UNIT-C", "city").pathIds()).isEmpty();
        assertThat(RegionService.pathIds("/1/12/305/")).containsExactly(1L, 12L, 305L);
        assertThat(RegionService.pathIds(null)).isEmpty();
    }

    @Test
    void shouldGroupItemsUnderTheChildWhoseSubtreeHoldsThemInTheirOrder() {
        Region district = Region.city("T-UNIT-C", "city").addChild("T-UNIT-D", "district");
        ReflectionTestUtils.setField(district, "id", 12L);
        ReflectionTestUtils.setField(district, "path", "/1/12/");
        List<String> paths = List.of("/1/12/305/3051/", "/1/12/306/", "/1/12/", "/1/12/305/", "/1/12/305/3052/");

        Map<Long, List<String>> byChild = district.byChild(paths, p -> p);

        assertThat(byChild).containsOnlyKeys(305L, 306L, 12L);
        assertThat(byChild.get(305L)).containsExactly("/1/12/305/3051/", "/1/12/305/", "/1/12/305/3052/");
        assertThat(byChild.get(306L)).containsExactly("/1/12/306/");
        assertThat(byChild.get(12L)).containsExactly("/1/12/");
    }
}
