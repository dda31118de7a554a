package org.grassroots.region;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import java.util.Map;
import org.grassroots.support.PostgresTestBase;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.data.jpa.test.autoconfigure.DataJpaTest;
import org.springframework.boot.jpa.test.autoconfigure.TestEntityManager;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.transaction.AfterTransaction;

/**
 * The database itself keeps the tree 市 → 区 → 街道 → 社区 (V1__create_region.sql): rows written with
 * plain SQL, bypassing {@link Region#addChild}, still cannot skip a level, and path, city_id,
 * district_id and street_id are derived by triggers. Every test runs in a transaction that is rolled
 * back, so the shared database (and the demo city other tests count) is left as it was.
 */
@DataJpaTest
class RegionRepositoryTests extends PostgresTestBase {

    @Autowired
    private JdbcTemplate jdbc;

    @Autowired
    private RegionRepository regions;

    @Autowired
    private TestEntityManager em;

    /** Runs after each test's rollback: nothing a test wrote may stay in the shared database. */
    @AfterTransaction
    void shouldLeaveNoRowsWhenTestIsRolledBack() {
        assertThat(jdbc.queryForObject("select count(*) from region where code like 'T-UNIT-%'", Integer.class))
                .isZero();
    }

    private long insert(String level, String code, Long parentId) {
        Long id = jdbc.queryForObject("insert into region (level, code, name, parent_id) values (?, ?, ?, ?) returning id",
                Long.class, level, code, code.toLowerCase(), parentId);
        assertThat(id).isNotNull();
        return id;
    }

    private Map<String, Object> row(long id) {
        return jdbc.queryForMap("select path, parent_level, city_id, district_id, street_id from region where id = ?", id);
    }

    @Test
    @DisplayName("a DISTRICT under a CITY is stored with a derived path and city id")
    void shouldDerivePathAndCityWhenDistrictInsertedUnderCity() {
        long city = insert("CITY", "T-UNIT-C1", null);
        long district = insert("DISTRICT", "T-UNIT-D1", city);

        assertThat(row(city)).containsEntry("path", "/" + city + "/").containsEntry("city_id", null);
        assertThat(row(district))
                .containsEntry("path", "/" + city + "/" + district + "/")
                .containsEntry("parent_level", "CITY")
                .containsEntry("city_id", city)
                .containsEntry("district_id", null)
                .containsEntry("street_id", null);
    }

    @Test
    void shouldDeriveAncestorIdsWhenWholeLineageInserted() {
        long city = insert("CITY", "T-UNIT-C1", null);
        long district = insert("DISTRICT", "T-UNIT-D1", city);
        long street = insert("STREET", "T-UNIT-S1", district);
        long community = insert("COMMUNITY", "T-UNIT-M1", street);

        assertThat(row(street))
                .containsEntry("path", "/" + city + "/" + district + "/" + street + "/")
                .containsEntry("city_id", city).containsEntry("district_id", district).containsEntry("street_id", null);
        assertThat(row(community))
                .containsEntry("path", "/" + city + "/" + district + "/" + street + "/" + community + "/")
                .containsEntry("city_id", city).containsEntry("district_id", district).containsEntry("street_id", street);
    }

    @Test
    @DisplayName("a STREET directly under a CITY is refused by the database")
    void shouldRefuseStreetWhenParentIsCity() {
        long city = insert("CITY", "T-UNIT-C1", null);

        assertThatExceptionOfType(DataIntegrityViolationException.class)
                .isThrownBy(() -> insert("STREET", "T-UNIT-S1", city))
                .withMessageContaining("ck_region_parent_level");
    }

    @Test
    @DisplayName("a COMMUNITY directly under a DISTRICT is refused by the database")
    void shouldRefuseCommunityWhenParentIsDistrict() {
        long city = insert("CITY", "T-UNIT-C1", null);
        long district = insert("DISTRICT", "T-UNIT-D1", city);

        assertThatExceptionOfType(DataIntegrityViolationException.class)
                .isThrownBy(() -> insert("COMMUNITY", "T-UNIT-M1", district))
                .withMessageContaining("ck_region_parent_level");
    }

    @Test
    @DisplayName("a client cannot claim a false parent level: the trigger reads the real one")
    void shouldRefuseStreetWhenClaimedParentLevelIsFalse() {
        long city = insert("CITY", "T-UNIT-C1", null);

        assertThatExceptionOfType(DataIntegrityViolationException.class).isThrownBy(() -> jdbc.update(
                "insert into region (level, code, name, parent_id, parent_level) values ('STREET', 'T-UNIT-S1', 's', ?, 'DISTRICT')",
                city));
    }

    @Test
    void shouldRefuseDistrictWhenItHasNoParent() {
        assertThatExceptionOfType(DataIntegrityViolationException.class)
                .isThrownBy(() -> insert("DISTRICT", "T-UNIT-D1", null));
    }

    @Test
    void shouldRefuseRegionWhenParentDoesNotExist() {
        assertThatExceptionOfType(DataIntegrityViolationException.class)
                .isThrownBy(() -> insert("DISTRICT", "T-UNIT-D1", -1L));
    }

    @Test
    @DisplayName("moving a district to another city re-derives the paths and city ids of its whole subtree")
    void shouldRederiveSubtreeWhenRegionMoved() {
        long cityA = insert("CITY", "T-UNIT-CA", null);
        long cityB = insert("CITY", "T-UNIT-CB", null);
        long district = insert("DISTRICT", "T-UNIT-D1", cityA);
        long street = insert("STREET", "T-UNIT-S1", district);
        long community = insert("COMMUNITY", "T-UNIT-M1", street);
        long untouched = insert("DISTRICT", "T-UNIT-D2", cityA);

        jdbc.update("update region set parent_id = ? where id = ?", cityB, district);

        assertThat(row(district)).containsEntry("path", "/" + cityB + "/" + district + "/").containsEntry("city_id", cityB);
        assertThat(row(street))
                .containsEntry("path", "/" + cityB + "/" + district + "/" + street + "/")
                .containsEntry("city_id", cityB).containsEntry("district_id", district);
        assertThat(row(community))
                .containsEntry("path", "/" + cityB + "/" + district + "/" + street + "/" + community + "/")
                .containsEntry("city_id", cityB).containsEntry("district_id", district).containsEntry("street_id", street);
        assertThat(row(untouched)).containsEntry("path", "/" + cityA + "/" + untouched + "/");
    }

    @Test
    @DisplayName("moving a street under another district re-derives its communities' district id")
    void shouldRederiveDistrictIdWhenStreetMoved() {
        long city = insert("CITY", "T-UNIT-C1", null);
        long d1 = insert("DISTRICT", "T-UNIT-D1", city);
        long d2 = insert("DISTRICT", "T-UNIT-D2", city);
        long street = insert("STREET", "T-UNIT-S1", d1);
        long community = insert("COMMUNITY", "T-UNIT-M1", street);

        jdbc.update("update region set parent_id = ? where id = ?", d2, street);

        assertThat(row(community))
                .containsEntry("path", "/" + city + "/" + d2 + "/" + street + "/" + community + "/")
                .containsEntry("district_id", d2);
    }

    @Test
    @DisplayName("a move that would skip a level is refused like an insert")
    void shouldRefuseMoveWhenNewParentIsWrongLevel() {
        long city = insert("CITY", "T-UNIT-C1", null);
        long district = insert("DISTRICT", "T-UNIT-D1", city);
        long street = insert("STREET", "T-UNIT-S1", district);

        assertThatExceptionOfType(DataIntegrityViolationException.class)
                .isThrownBy(() -> jdbc.update("update region set parent_id = ? where id = ?", city, street));
    }

    @Test
    @DisplayName("the entity saved through JPA reads back the path the database derived")
    void shouldReadDerivedPathWhenRegionSavedThroughJpa() {
        Region city = regions.saveAndFlush(Region.city("T-UNIT-C1", "city"));
        Region district = regions.saveAndFlush(city.addChild("T-UNIT-D1", "district"));
        em.clear();

        Region reloaded = regions.findById(district.getId()).orElseThrow();
        assertThat(reloaded.getPath()).isEqualTo("/" + city.getId() + "/" + district.getId() + "/");
        assertThat(reloaded.pathIds()).containsExactly(city.getId(), district.getId());
        assertThat(reloaded.getLevel()).isEqualTo(RegionLevel.DISTRICT);
        assertThat(regions.findInScope(district.getId(), "/" + city.getId() + "/")).isPresent();
        assertThat(regions.findInScope(district.getId(), "/" + district.getId() + "/")).isEmpty();
    }
}
