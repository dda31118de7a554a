package org.grassroots.region;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.function.Supplier;
import org.grassroots.shared.Scope;
import org.grassroots.support.WebIntegrationTestBase;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * The region look-ups of GET requests are kept across requests while the region tree stands still, and
 * read again as soon as it changes (V38). To tell a kept answer from a fresh one, the test renames a
 * street behind the counter's back (its trigger switched off for that one statement): only a kept
 * answer still shows the old name.
 */
class KeptRegionsIntegrationTests extends WebIntegrationTestBase {

    @Autowired
    private RegionService regions;

    @Autowired
    private PlatformTransactionManager transactions;

    private long street;
    private long community;
    private String name;

    @BeforeEach
    void findAStreet() {
        community = regionOf("community");
        street = jdbc.queryForObject("select parent_id from region where id = ?", Long.class, community);
        name = jdbc.queryForObject("select name from region where id = ?", String.class, street);
    }

    @AfterEach
    void restoreTheName() {
        RequestContextHolder.resetRequestAttributes();
        jdbc.update("update region set name = ? where id = ?", name, street);
    }

    @Test
    void shouldKeepLookUpsAcrossGetRequestsUntilTheTreeChanges() {
        Scope city = Scope.ofRegion(regionOf("city"), regionPath(regionOf("city")));
        String path = regionPath(community);
        inRequest("GET", () -> regions.require(street, city));
        inRequest("GET", () -> regions.lineage(path));

        renameUnseen(street, name + "·unseen");

        assertThat(inRequest("GET", () -> regions.require(street, city)).getName()).isEqualTo(name);
        assertThat(names(inRequest("GET", () -> regions.lineage(path)))).contains(name);
        assertThat(inRequest("POST", () -> regions.require(street, city)).getName()).isEqualTo(name + "·unseen");
        assertThat(regions.require(street, city).getName()).as("outside a request").isEqualTo(name + "·unseen");

        jdbc.update("update region set name = ? where id = ?", name + "·seen", street);

        assertThat(inRequest("GET", () -> regions.require(street, city)).getName()).isEqualTo(name + "·seen");
        assertThat(names(inRequest("GET", () -> regions.lineage(path)))).contains(name + "·seen");
    }

    @Test
    void shouldSeeANewChildRegionInTheNextGetRequest() {
        Region streetRegion = inRequest("GET", () -> regions.require(street, Scope.ofRegion(regionOf("city"), regionPath(regionOf("city")))));
        List<Region> before = inRequest("GET", () -> regions.children(streetRegion));

        Long added = new TransactionTemplate(transactions).execute(status -> {
            Long id = jdbc.queryForObject("insert into region (level, code, name, parent_id) values"
                    + " ('COMMUNITY', 'KEPT-NEW', '新社区', ?) returning id", Long.class, street);
            status.setRollbackOnly();
            assertThat(inRequest("GET", () -> regions.children(streetRegion))).extracting(Region::getId)
                    .as("in the transaction that added it").contains(id);
            return id;
        });

        assertThat(inRequest("GET", () -> regions.children(streetRegion))).extracting(Region::getId)
                .as("after the rollback").doesNotContain(added)
                .containsExactlyElementsOf(before.stream().map(Region::getId).toList());
    }

    private void renameUnseen(long id, String newName) {
        new TransactionTemplate(transactions).executeWithoutResult(status -> {
            jdbc.execute("set local session_replication_role = replica");
            jdbc.update("update region set name = ? where id = ?", newName, id);
        });
    }

    private static <T> T inRequest(String method, Supplier<T> work) {
        RequestContextHolder.setRequestAttributes(
                new ServletRequestAttributes(new MockHttpServletRequest(method, "/regions/1")));
        try {
            return work.get();
        } finally {
            RequestContextHolder.resetRequestAttributes();
        }
    }

    private static List<String> names(List<Region> list) {
        return list.stream().map(Region::getName).toList();
    }
}
