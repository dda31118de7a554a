package org.grassroots.grid;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.view;

import java.time.LocalDate;
import java.util.List;
import org.grassroots.support.WebIntegrationTestBase;
import org.junit.jupiter.api.Test;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;

/** The grid map on a real PostgreSQL: the database's own tree rules, the pages, scope, cadre rules and gaps. */
class GridIntegrationTests extends WebIntegrationTestBase {

    // ---------------------------------------------------------------- the database refuses a broken tree

    @Test
    void shouldRefuseBuildingWithoutParentInTheDatabase() {
        long community = regionOf("community");
        assertThatThrownBy(() -> jdbc.update("""
                insert into grid_node (community_id, kind, name) values (?, 'BUILDING', 'x')""", community))
                .isInstanceOf(DataIntegrityViolationException.class);
    }

    @Test
    void shouldRefuseUnitUnderGridInTheDatabase() {
        long grid = demoGrid(regionOf("community"));
        long community = regionOf("community");
        assertThatThrownBy(() -> jdbc.update("""
                insert into grid_node (community_id, kind, parent_id, parent_kind, name)
                values (?, 'UNIT', ?, 'GRID', 'x')""", community, grid))
                .isInstanceOf(DataIntegrityViolationException.class);
        // lying about the parent's kind does not help: the composite key checks it
        assertThatThrownBy(() -> jdbc.update("""
                insert into grid_node (community_id, kind, parent_id, parent_kind, name)
                values (?, 'UNIT', ?, 'BUILDING', 'x')""", community, grid))
                .isInstanceOf(DataIntegrityViolationException.class);
    }

    @Test
    void shouldRefuseChildInAnotherCommunityInTheDatabase() {
        long community = regionOf("community");
        long grid = demoGrid(community);
        long sibling = siblingCommunity(community);
        assertThatThrownBy(() -> jdbc.update("""
                insert into grid_node (community_id, kind, parent_id, parent_kind, name)
                values (?, 'BUILDING', ?, 'GRID', 'x')""", sibling, grid))
                .isInstanceOf(DataIntegrityViolationException.class);
        long building = jdbc.queryForObject("select id from grid_node where parent_id = ? order by id limit 1",
                Long.class, grid);
        long otherGrid = demoGrid(sibling);
        // moving an existing building under another community's grid is refused as well
        assertThatThrownBy(() -> jdbc.update("update grid_node set parent_id = ? where id = ?", otherGrid, building))
                .isInstanceOf(DataIntegrityViolationException.class);
    }

    // ---------------------------------------------------------------- pages

    @Test
    void shouldCreateGridBuildingAndUnitThroughThePages() throws Exception {
        long community = regionOf("community");
        long grid = create("/regions/" + community + "/grids", node("测试网格甲", "120", "300"));
        long building = create("/grids/" + grid + "/children", node("8幢", "40", "100"));
        long unit = create("/grids/" + building + "/children", node("2单元", "12", "30"));
        assertThat(jdbc.queryForObject("select kind from grid_node where id = ?", String.class, building))
                .isEqualTo("BUILDING");
        assertThat(jdbc.queryForMap("select kind, parent_id, community_id, households from grid_node where id = ?", unit))
                .containsEntry("kind", "UNIT").containsEntry("parent_id", building)
                .containsEntry("community_id", community).containsEntry("households", 12);

        String tree = html(mvc.perform(get("/regions/" + community + "/grids").with(as("community")))
                .andExpect(status().isOk()).andReturn());
        assertThat(tree).contains("测试网格甲").contains("href=\"/grids/" + unit + "\"");
        String page = html(mvc.perform(get("/grids/" + building).with(as("community")))
                .andExpect(status().isOk()).andReturn());
        assertThat(linkedIds(section(page, "table", "children-table"), "/grids/")).contains(unit);

        MultiValueMap<String, String> edit = node("测试网格乙", "130", "310");
        edit.add("version", jdbc.queryForObject("select version from grid_node where id = ?", Long.class, grid)
                .toString());
        mvc.perform(post("/grids/" + grid).params(edit).with(as("community")).with(csrf()))
                .andExpect(status().isFound());
        assertThat(jdbc.queryForObject("select name from grid_node where id = ?", String.class, grid))
                .isEqualTo("测试网格乙");
        assertThat(jdbc.queryForObject("select count(*) from audit_event where entity_type = 'grid_node' "
                + "and entity_id = ?", Long.class, grid)).isEqualTo(2);
    }

    @Test
    void shouldKeepEveryValueOfBadNodeFormWithFieldErrors() throws Exception {
        long community = regionOf("community");
        MultiValueMap<String, String> form = node("", "-3", "abc");
        form.set("address", "滨江路88号");
        form.set("notes", "临街");
        long before = jdbc.queryForObject("select count(*) from grid_node", Long.class);
        MvcResult result = mvc.perform(post("/regions/" + community + "/grids").params(form)
                        .with(as("community")).with(csrf()))
                .andExpect(status().isOk()).andExpect(view().name("grid/node-form")).andReturn();
        String html = html(result);
        assertThat(inputValue(html, "address")).isEqualTo("滨江路88号");
        assertThat(inputValue(html, "households")).isEqualTo("-3");
        // a number input never holds letters in a browser: the field shows empty with its own message
        assertThat(inputValue(html, "residents")).isEmpty();
        assertThat(html).contains("临街");
        assertThat(textOf(html, "name-error")).isNotBlank();
        assertThat(textOf(html, "households-error")).isNotBlank();
        assertThat(textOf(html, "residents-error")).isNotBlank();
        assertThat(jdbc.queryForObject("select count(*) from grid_node", Long.class)).isEqualTo(before);
    }

    @Test
    void shouldAnswer404ForNodeOfSiblingCommunity() throws Exception {
        long sibling = siblingCommunity(regionOf("community"));
        long grid = demoGrid(sibling);
        mvc.perform(get("/grids/" + grid).with(as("community"))).andExpect(status().isNotFound());
        mvc.perform(get("/regions/" + sibling + "/grids").with(as("community"))).andExpect(status().isNotFound());
        mvc.perform(post("/grids/" + grid + "/children").params(node("x", "1", "1")).with(as("community"))
                .with(csrf())).andExpect(status().isNotFound());
        mvc.perform(post("/grids/" + grid + "/close").with(as("community")).with(csrf()))
                .andExpect(status().isNotFound());
        assertThat(jdbc.queryForObject("select closed_on from grid_node where id = ?", LocalDate.class, grid)).isNull();
    }

    @Test
    void shouldAnswer404ToBranchSecretaryOnGridPages() throws Exception {
        long community = regionOf("community");
        mvc.perform(get("/regions/" + community + "/grids").with(as("branch"))).andExpect(status().isNotFound());
        mvc.perform(get("/grids/" + demoGrid(community)).with(as("branch"))).andExpect(status().isNotFound());
    }

    @Test
    void shouldLetDistrictOfficialReadButNotEdit() throws Exception {
        long community = regionOf("community");
        long grid = demoGrid(community);
        mvc.perform(get("/regions/" + community + "/grids").with(as("district"))).andExpect(status().isOk());
        mvc.perform(get("/grids/" + grid).with(as("district"))).andExpect(status().isOk());
        mvc.perform(get("/grids/" + grid + "/edit").with(as("district"))).andExpect(status().isForbidden());
        mvc.perform(get("/grids/" + grid + "/cadres/new").with(as("district"))).andExpect(status().isForbidden());
    }

    @Test
    void shouldLinkCommunityPageToItsGrids() throws Exception {
        long community = regionOf("community");
        String html = html(mvc.perform(get("/regions/" + community).with(as("community")))
                .andExpect(status().isOk()).andReturn());
        assertThat(html).contains("href=\"/regions/" + community + "/grids\"");
    }

    @Test
    void shouldRefuseOrganizationOfAnotherCommunity() throws Exception {
        long community = regionOf("community");
        long foreignOrg = branchIn(siblingCommunity(community));
        MultiValueMap<String, String> form = node("外链网格", "10", "20");
        form.set("partyOrgId", Long.toString(foreignOrg));
        String html = html(mvc.perform(post("/regions/" + community + "/grids").params(form)
                .with(as("community")).with(csrf())).andExpect(status().isOk()).andReturn());
        assertThat(textOf(html, "partyOrgId-error")).isNotBlank();
        assertThat(inputValue(html, "name")).isEqualTo("外链网格");

        form.set("partyOrgId", Long.toString(branchIn(community)));
        long grid = create("/regions/" + community + "/grids", form);
        assertThat(jdbc.queryForObject("select party_org_id from grid_node where id = ?", Long.class, grid))
                .isEqualTo(branchIn(community));
    }

    @Test
    void shouldShowConflictWhenNodeChangedSinceFormOpened() throws Exception {
        long grid = create("/regions/" + regionOf("community") + "/grids", node("冲突网格", "10", "20"));
        long version = jdbc.queryForObject("select version from grid_node where id = ?", Long.class, grid);
        jdbc.update("update grid_node set name = '别人改的', version = version + 1 where id = ?", grid);
        MultiValueMap<String, String> form = node("我改的", "11", "21");
        form.add("version", Long.toString(version));
        String html = html(mvc.perform(post("/grids/" + grid).params(form).with(as("community")).with(csrf()))
                .andExpect(status().isOk()).andExpect(view().name("grid/node-form")).andReturn());
        assertThat(textOf(html, "conflict")).contains("别人改的");
        assertThat(inputValue(html, "name")).isEqualTo("我改的");
        assertThat(inputValue(html, "version")).isEqualTo(Long.toString(version + 1));
        assertThat(jdbc.queryForObject("select name from grid_node where id = ?", String.class, grid))
                .isEqualTo("别人改的");
    }

    @Test
    void shouldWarnAboutGridAboveTheCityHouseholdSetting() throws Exception {
        long community = regionOf("community");
        long big = create("/regions/" + community + "/grids", node("大网格", "501", "1200"));
        long small = create("/regions/" + community + "/grids", node("小网格", "500", "1200"));
        String tree = html(mvc.perform(get("/regions/" + community + "/grids").with(as("community"))).andReturn());
        assertThat(section(tree, "tr", "node-" + big)).contains("grid-over-max");
        assertThat(section(tree, "tr", "node-" + small)).doesNotContain("grid-over-max");
    }

    @Test
    void shouldAnswer404ForCadreOfSiblingCommunity() throws Exception {
        long sibling = siblingCommunity(regionOf("community"));
        long cadre = jdbc.queryForObject("""
                select k.id from grid_cadre k join grid_node n on n.id = k.grid_node_id
                where n.community_id = ? order by k.id limit 1""", Long.class, sibling);
        mvc.perform(get("/grid-cadres/" + cadre + "/edit").with(as("community"))).andExpect(status().isNotFound());
        mvc.perform(post("/grid-cadres/" + cadre + "/end").with(as("community")).with(csrf()))
                .andExpect(status().isNotFound());
        assertThat(jdbc.queryForObject("select end_on from grid_cadre where id = ?", LocalDate.class, cadre)).isNull();
    }

    // ---------------------------------------------------------------- cadres

    @Test
    void shouldRefuseRoleOnWrongKind() throws Exception {
        long grid = create("/regions/" + regionOf("community") + "/grids", node("角色网格", "10", "20"));
        MultiValueMap<String, String> form = resident("BUILDING_LEADER", "王建国", "13912340001", "2024-01-01", "");
        String html = postCadre("/grids/" + grid + "/cadres", form);
        assertThat(textOf(html, "role-error")).isNotBlank();
        assertThat(inputValue(html, "residentName")).isEqualTo("王建国");
        assertThat(inputValue(html, "residentPhone")).isEqualTo("13912340001");
        assertThat(cadresOn(grid)).isZero();
    }

    @Test
    void shouldRefuseOverlappingAssignments() throws Exception {
        long grid = create("/regions/" + regionOf("community") + "/grids", node("重叠网格", "10", "20"));
        create("/grids/" + grid + "/cadres", resident("GRID_WORKER", "李秀英", "13912340002", "2024-01-01", ""),
                "/grids/" + grid);
        // the same person twice in the same role at once
        String html = postCadre("/grids/" + grid + "/cadres",
                resident("GRID_WORKER", "李秀英", "13912340002", "2024-06-01", "2024-12-31"));
        assertThat(textOf(html, "startOn-error")).isNotBlank();
        // another worker is fine: a grid may have several workers
        create("/grids/" + grid + "/cadres", resident("GRID_WORKER", "张志强", "13912340003", "2024-06-01", ""),
                "/grids/" + grid);
        // a second grid leader for an overlapping period is not
        create("/grids/" + grid + "/cadres", resident("GRID_LEADER", "刘玉兰", "13912340004", "2023-01-01",
                "2024-12-31"), "/grids/" + grid);
        html = postCadre("/grids/" + grid + "/cadres",
                resident("GRID_LEADER", "陈海燕", "13912340005", "2024-12-01", ""));
        assertThat(textOf(html, "startOn-error")).isNotBlank();
        assertThat(inputValue(html, "startOn")).isEqualTo("2024-12-01");
        // after the first leader's end it is
        create("/grids/" + grid + "/cadres", resident("GRID_LEADER", "陈海燕", "13912340005", "2025-01-01", ""),
                "/grids/" + grid);
        assertThat(cadresOn(grid)).isEqualTo(4);
    }

    @Test
    void shouldRefuseEndBeforeStartAndKeepHistoryWhenEnding() throws Exception {
        long grid = create("/regions/" + regionOf("community") + "/grids", node("日期网格", "10", "20"));
        String html = postCadre("/grids/" + grid + "/cadres",
                resident("GRID_WORKER", "赵卫东", "13912340006", "2024-05-01", "2024-04-01"));
        assertThat(textOf(html, "endOn-error")).isNotBlank();
        assertThat(inputValue(html, "endOn")).isEqualTo("2024-04-01");
        String bad = html(mvc.perform(post("/grids/" + grid + "/cadres")
                        .params(resident("GRID_WORKER", "赵卫东", "12345", "2024-05-01", ""))
                        .with(as("community")).with(csrf()))
                .andExpect(status().isOk()).andReturn());
        assertThat(textOf(bad, "residentPhone-error")).isNotBlank();

        create("/grids/" + grid + "/cadres", resident("GRID_WORKER", "赵卫东", "13912340006", "2024-05-01", ""),
                "/grids/" + grid);
        long cadre = jdbc.queryForObject("select id from grid_cadre where grid_node_id = ?", Long.class, grid);
        mvc.perform(post("/grid-cadres/" + cadre + "/end").param("endOn", "2024-04-01")
                .with(as("community")).with(csrf())).andExpect(status().isFound());
        assertThat(jdbc.queryForObject("select end_on from grid_cadre where id = ?", LocalDate.class, cadre)).isNull();
        mvc.perform(post("/grid-cadres/" + cadre + "/end").param("endOn", "2025-02-01")
                .with(as("community")).with(csrf())).andExpect(status().isFound());
        assertThat(jdbc.queryForObject("select end_on from grid_cadre where id = ?", LocalDate.class, cadre))
                .isEqualTo(LocalDate.of(2025, 2, 1));
        String page = html(mvc.perform(get("/grids/" + grid).with(as("community"))).andReturn());
        assertThat(section(page, "table", "past-cadres")).contains("赵卫东").doesNotContain("13912340006")
                .contains("139****0006");
    }

    @Test
    void shouldMaskResidentPhonesInTheTree() throws Exception {
        long community = regionOf("community");
        long grid = create("/regions/" + community + "/grids", node("电话网格", "10", "20"));
        create("/grids/" + grid + "/cadres", resident("GRID_LEADER", "黄丽华", "13812345678", "2024-01-01", ""),
                "/grids/" + grid);
        String tree = html(mvc.perform(get("/regions/" + community + "/grids").with(as("community"))).andReturn());
        assertThat(tree).contains("138****5678").doesNotContain("13812345678");
    }

    // ---------------------------------------------------------------- gaps

    @Test
    void shouldCountStreetGapsAsTheTablesSay() throws Exception {
        long street = regionOf("street");
        String html = html(mvc.perform(get("/regions/" + street + "/grid-gaps").with(as("street")))
                .andExpect(status().isOk()).andReturn());
        List<Long> communities = jdbc.queryForList(
                "select id from region where parent_id = ? order by code", Long.class, street);
        List<List<String>> rows = tableRows(html, "gap-counts").stream().filter(r -> !r.isEmpty()).toList();
        assertThat(rows).hasSize(communities.size());
        for (int i = 0; i < communities.size(); i++) {
            long c = communities.get(i);
            List<String> row = rows.get(i);
            assertThat(row.get(0)).isEqualTo(jdbc.queryForObject("select name from region where id = ?",
                    String.class, c));
            long grids = hand("select count(*) from grid_node where community_id = ? and kind = 'GRID' "
                    + "and closed_on is null", c);
            long noLeader = hand("select count(*) from grid_node g where g.community_id = ? and g.kind = 'GRID' "
                    + "and g.closed_on is null and not exists (" + current("g", "GRID_LEADER") + ")", c);
            long noOrg = hand("""
                    select count(*) from grid_node g where g.community_id = ? and g.kind = 'GRID'
                      and g.closed_on is null and g.party_org_id is null
                      and not exists (select 1 from grid_node b where b.parent_id = g.id and b.closed_on is null
                                        and b.party_org_id is not null)""", c);
            long buildings = hand("select count(*) from grid_node where community_id = ? and kind = 'BUILDING' "
                    + "and closed_on is null", c);
            long buildingsNoLeader = hand("select count(*) from grid_node g where g.community_id = ? "
                    + "and g.kind = 'BUILDING' and g.closed_on is null and not exists ("
                    + current("g", "BUILDING_LEADER") + ")", c);
            long unitsNoLeader = hand("select count(*) from grid_node g where g.community_id = ? "
                    + "and g.kind = 'UNIT' and g.closed_on is null and not exists ("
                    + current("g", "UNIT_LEADER") + ")", c);
            long left = hand("""
                    select count(*) from grid_cadre k join grid_node g on g.id = k.grid_node_id
                    join party_member m on m.id = k.member_id join party_org o on o.id = m.party_org_id
                    where g.community_id = ? and g.closed_on is null and k.start_on <= current_date
                      and (k.end_on is null or k.end_on >= current_date)
                      and (m.status in ('PROBATION_CANCELLED', 'NOT_APPROVED', 'REMOVED_SELF_LAPSED',
                             'PERSUADED_TO_WITHDRAW', 'WITHDRAWN', 'EXPELLED', 'DECEASED')
                           or (coalesce(o.community_id, 0) <> g.community_id
                               and coalesce(m.residence_community_id, 0) <> g.community_id))""", c);
            long withLeader = buildings - buildingsNoLeader;
            assertThat(row.subList(1, 8)).as("community %d", c).containsExactly(
                    Long.toString(grids), Long.toString(noLeader), Long.toString(noOrg), Long.toString(buildings),
                    Long.toString(buildingsNoLeader), Long.toString(unitsNoLeader), Long.toString(left));
            assertThat(row.get(8)).isEqualTo(percent(grids - noOrg, grids));
            assertThat(row.get(9)).isEqualTo(percent(withLeader, buildings));
        }
        // the demo city has gaps and covered grids in this street
        assertThat(rows.stream().mapToLong(r -> Long.parseLong(r.get(2))).sum()).isPositive();
        assertThat(rows.stream().mapToLong(r -> Long.parseLong(r.get(1))).sum()).isPositive();
    }

    @Test
    void shouldListCadreWhoseMemberLeftAsGap() throws Exception {
        long community = regionOf("community");
        long member = createMember(newFullMember("郑离开", freshIdNumber(BIRTH, true), branchIn(community)));
        long grid = create("/regions/" + community + "/grids", node("离开网格", "10", "20"));
        MultiValueMap<String, String> form = resident("GRID_LEADER", "", "", "2024-01-01", "");
        form.set("memberId", Long.toString(member));
        create("/grids/" + grid + "/cadres", form, "/grids/" + grid);

        String before = html(mvc.perform(get("/regions/" + community + "/grid-gaps").with(as("community")))
                .andExpect(status().isOk()).andReturn());
        assertThat(gapNodes(before, "CADRE_LEFT")).doesNotContain(grid);
        assertThat(gapNodes(before, "GRID_NO_LEADER")).doesNotContain(grid);
        assertThat(gapNodes(before, "GRID_NO_ORG")).contains(grid);

        jdbc.update("update party_member set status = 'EXPELLED' where id = ?", member);
        String after = html(mvc.perform(get("/regions/" + community + "/grid-gaps").with(as("community")))
                .andExpect(status().isOk()).andReturn());
        assertThat(gapNodes(after, "CADRE_LEFT")).contains(grid);
        assertThat(after).contains("郑离开");
        String tree = html(mvc.perform(get("/grids/" + grid).with(as("community"))).andReturn());
        assertThat(section(tree, "div", "node-gaps")).contains("grid-gap");
    }

    @Test
    void shouldShowGridCoverageTotalOnStreetAndDistrictPagesAndPerChildOnTheGapsPage() throws Exception {
        for (String user : List.of("street", "district")) {
            long region = regionOf(user);
            String level = html(mvc.perform(get("/regions/" + region).with(as(user)))
                    .andExpect(status().isOk()).andReturn());
            String gaps = html(mvc.perform(get("/regions/" + region + "/grid-gaps").with(as(user)))
                    .andExpect(status().isOk()).andReturn());
            // the gaps page lists every child region; the level page shows the same total and links there
            List<List<String>> perChild = tableRows(gaps, "gap-counts").stream().filter(r -> !r.isEmpty()).toList();
            assertThat(perChild).hasSize((int) hand("select count(*) from region where parent_id = ?", region));
            assertThat(tableRows(level, "grid-coverage-table")).allMatch(List::isEmpty);
            assertThat(textOf(level, "gaps-total")).isNotBlank().isEqualTo(textOf(gaps, "gaps-total"));
            assertThat(level).contains("href=\"/regions/" + region + "/grid-gaps\"",
                    "id=\"box-grid\" href=\"/regions/" + region + "/grid-gaps\"");
        }
    }

    @Test
    void shouldSumGapsPerDistrictForTheCity() throws Exception {
        long city = regionOf("city");
        String html = html(mvc.perform(get("/regions/" + city + "/grid-gaps").with(as("city")))
                .andExpect(status().isOk()).andReturn());
        List<List<String>> rows = tableRows(html, "gap-counts").stream().filter(r -> !r.isEmpty()).toList();
        long districts = hand("select count(*) from region where parent_id = ?", city);
        assertThat(rows).hasSize((int) districts);
        long grids = jdbc.queryForObject("select count(*) from grid_node where kind = 'GRID' and closed_on is null",
                Long.class);
        assertThat(rows.stream().mapToLong(r -> Long.parseLong(r.get(1))).sum()).isEqualTo(grids);
    }

    // ---------------------------------------------------------------- helpers

    private long demoGrid(long community) {
        return jdbc.queryForObject("""
                select g.id from grid_node g where g.community_id = ? and g.kind = 'GRID'
                  and exists (select 1 from grid_node b where b.parent_id = g.id) order by g.id limit 1""",
                Long.class, community);
    }

    private long hand(String sql, long arg) {
        return jdbc.queryForObject(sql, Long.class, arg);
    }

    private static String current(String alias, String role) {
        return "select 1 from grid_cadre k where k.grid_node_id = " + alias + ".id and k.role = '" + role
                + "' and k.start_on <= current_date and (k.end_on is null or k.end_on >= current_date)";
    }

    private static String percent(long part, long whole) {
        return (whole == 0 ? 0 : Math.round(100.0 * part / whole)) + "%";
    }

    private long cadresOn(long node) {
        return hand("select count(*) from grid_cadre where grid_node_id = ?", node);
    }

    private static List<Long> gapNodes(String html, String gap) {
        java.util.regex.Matcher m = java.util.regex.Pattern.compile(
                "<tr[^>]*data-gap=\"" + gap + "\"[^>]*>(.*?)</tr>", java.util.regex.Pattern.DOTALL).matcher(html);
        List<Long> ids = new java.util.ArrayList<>();
        while (m.find()) {
            ids.addAll(linkedIds(m.group(1), "/grids/"));
        }
        return ids;
    }

    private static MultiValueMap<String, String> node(String name, String households, String residents) {
        MultiValueMap<String, String> form = new LinkedMultiValueMap<>();
        form.add("name", name);
        form.add("address", "");
        form.add("households", households);
        form.add("residents", residents);
        form.add("notes", "");
        form.add("partyOrgId", "");
        return form;
    }

    private static MultiValueMap<String, String> resident(String role, String name, String phone, String start,
            String end) {
        MultiValueMap<String, String> form = new LinkedMultiValueMap<>();
        form.add("role", role);
        form.add("memberId", "");
        form.add("residentName", name);
        form.add("residentPhone", phone);
        form.add("households", "");
        form.add("startOn", start);
        form.add("endOn", end);
        form.add("note", "");
        return form;
    }

    /** Posts a node form as the community secretary and returns the new node's id. */
    private long create(String url, MultiValueMap<String, String> form) throws Exception {
        MvcResult result = mvc.perform(post(url).params(form).with(as("community")).with(csrf()))
                .andExpect(status().isFound()).andExpect(redirectedUrlPattern("/grids/*")).andReturn();
        return Long.parseLong(result.getResponse().getRedirectedUrl().substring("/grids/".length()));
    }

    private void create(String url, MultiValueMap<String, String> form, String expectedRedirect) throws Exception {
        MvcResult result = mvc.perform(post(url).params(form).with(as("community")).with(csrf())).andReturn();
        assertThat(result.getResponse().getStatus()).as(html(result)).isEqualTo(302);
        assertThat(result.getResponse().getRedirectedUrl()).isEqualTo(expectedRedirect);
    }

    private String postCadre(String url, MultiValueMap<String, String> form) throws Exception {
        return html(mvc.perform(post(url).params(form).with(as("community")).with(csrf()))
                .andExpect(status().isOk()).andExpect(view().name("grid/cadre-form")).andReturn());
    }
}
