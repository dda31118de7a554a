package org.grassroots.grid;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** domain-rules.md §8: which role may sit on which kind of node. */
class CadreRoleTests {

    @ParameterizedTest(name = "{0} on {1}: {2}")
    @CsvSource({
        "GRID_LEADER,       GRID,     true",
        "GRID_LEADER,       BUILDING, false",
        "GRID_LEADER,       UNIT,     false",
        "GRID_WORKER,       GRID,     true",
        "GRID_WORKER,       BUILDING, false",
        "GRID_WORKER,       UNIT,     false",
        "BUILDING_LEADER,   GRID,     false",
        "BUILDING_LEADER,   BUILDING, true",
        "BUILDING_LEADER,   UNIT,     false",
        "UNIT_LEADER,       GRID,     false",
        "UNIT_LEADER,       BUILDING, false",
        "UNIT_LEADER,       UNIT,     true",
        "CENTRAL_HOUSEHOLD, GRID,     false",
        "CENTRAL_HOUSEHOLD, BUILDING, true",
        "CENTRAL_HOUSEHOLD, UNIT,     true",
    })
    void shouldAllowEachRoleOnlyOnItsKinds(CadreRole role, GridKind kind, boolean fits) {
        assertThat(role.fits(kind)).isEqualTo(fits);
        assertThat(CadreRole.forKind(kind).contains(role)).isEqualTo(fits);
    }

    @ParameterizedTest(name = "{0} single holder: {1}")
    @CsvSource({"GRID_LEADER, true", "GRID_WORKER, false", "BUILDING_LEADER, true", "UNIT_LEADER, true",
        "CENTRAL_HOUSEHOLD, false"})
    void shouldKeepLeaderPostsToOneHolder(CadreRole role, boolean single) {
        assertThat(role.isSingle()).isEqualTo(single);
    }

    @ParameterizedTest(name = "{0} under {1}")
    @CsvSource(value = {"GRID, null", "BUILDING, GRID", "UNIT, BUILDING"}, nullValues = "null")
    void shouldNameTheParentKind(GridKind kind, GridKind parent) {
        assertThat(kind.parentKind()).isEqualTo(parent);
    }
}
