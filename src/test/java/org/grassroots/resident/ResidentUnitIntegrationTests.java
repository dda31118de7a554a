package org.grassroots.resident;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.view;

import java.time.LocalDate;
import java.util.List;
import org.grassroots.shared.NotFoundException;
import org.grassroots.shared.Scope;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.util.MultiValueMap;

/** The registry of resident units: the pages, every bad input of the unit form, scope and closing. */
class ResidentUnitIntegrationTests extends ResidentTestBase {

    @Autowired
    private ResidentUnitService service;

    @Test
    void shouldRegisterEditAndCloseUnitThroughThePages() throws Exception {
        long community = regionOf("community");
        MultiValueMap<String, String> form = unitForm("滨江测试物业有限公司", "NON_PUBLIC_ENTERPRISE");
        form.set("contactPhone", "13812345678");
        form.set("partyOrgName", "滨江测试物业有限公司党支部");
        long unit = createUnit("community", community, form);
        assertThat(jdbc.queryForMap("select region_id, region_level, kind, party_org_id, party_org_name, closed_on "
                + "from resident_unit where id = ?", unit))
                .containsEntry("region_id", community).containsEntry("region_level", "COMMUNITY")
                .containsEntry("kind", "NON_PUBLIC_ENTERPRISE").containsEntry("party_org_id", null)
                .containsEntry("party_org_name", "滨江测试物业有限公司党支部").containsEntry("closed_on", null);

        String page = html(mvc.perform(get("/resident-units/" + unit).with(as("community")))
                .andExpect(status().isOk()).andReturn());
        assertThat(textOf(page, "unit-phone")).isEqualTo("138****5678");
        assertThat(page).doesNotContain("13812345678").contains("id=\"edit-unit\"");
        String list = html(mvc.perform(get("/regions/" + community + "/resident-units").with(as("community")))
                .andExpect(status().isOk()).andReturn());
        assertThat(section(list, "tr", "unit-" + unit)).contains("滨江测试物业有限公司").contains("138****5678")
                .doesNotContain("13812345678");

        MultiValueMap<String, String> edit = unitForm("滨江测试物业服务有限公司", "NON_PUBLIC_ENTERPRISE");
        edit.set("version", version("resident_unit", unit));
        mvc.perform(post("/resident-units/" + unit).params(edit).with(as("community")).with(csrf()))
                .andExpect(status().isFound());
        assertThat(jdbc.queryForObject("select name from resident_unit where id = ?", String.class, unit))
                .isEqualTo("滨江测试物业服务有限公司");
        assertThat(jdbc.queryForObject("select count(*) from audit_event where entity_type = 'resident_unit' "
                + "and entity_id = ?", Long.class, unit)).isEqualTo(2);
        assertThat(jdbc.queryForList("select summary from audit_event where entity_type = 'resident_unit' "
                + "and entity_id = ?", String.class, unit)).noneMatch(s -> s.contains("13812345678"));

        long report = fileReport("community", unit, reportForm(community, today().minusDays(3).toString()));
        mvc.perform(post("/resident-units/" + unit + "/close").with(as("community")).with(csrf()))
                .andExpect(status().isFound());
        assertThat(jdbc.queryForObject("select closed_on from resident_unit where id = ?", LocalDate.class, unit))
                .isEqualTo(today());
        assertThat(jdbc.queryForObject("select ended_on from unit_report where id = ?", LocalDate.class, report))
                .isEqualTo(today());
        // closed units leave the default list and come back with the toggle
        String open = html(mvc.perform(get("/regions/" + community + "/resident-units").with(as("community")))
                .andReturn());
        assertThat(linkedIds(section(open, "table", "resident-units"), "/resident-units/")).doesNotContain(unit);
        String all = html(mvc.perform(get("/regions/" + community + "/resident-units").param("closed", "true")
                .with(as("community"))).andReturn());
        assertThat(linkedIds(section(all, "table", "resident-units"), "/resident-units/")).contains(unit);
        // a closed unit files no report
        String refused = html(mvc.perform(post("/resident-units/" + unit + "/reports")
                .params(reportForm(community, today().toString())).with(as("community")).with(csrf()))
                .andExpect(status().isOk()).andReturn());
        assertThat(textOf(refused, "global-errors")).isNotBlank();
    }

    @Test
    void shouldKeepEveryValueOfBadUnitFormWithFieldErrors() throws Exception {
        long community = regionOf("community");
        MultiValueMap<String, String> form = unitForm("", "FACTORY");
        form.set("address", "桂花路9号");
        form.set("contactName", "王建华");
        form.set("contactPhone", "12345");
        form.set("notes", "长".repeat(1001));
        long before = count("select count(*) from resident_unit");
        String html = html(mvc.perform(post("/regions/" + community + "/resident-units").params(form)
                        .with(as("community")).with(csrf()))
                .andExpect(status().isOk()).andExpect(view().name("resident/unit-form")).andReturn());
        assertThat(textOf(html, "name-error")).isNotBlank();
        assertThat(textOf(html, "kind-error")).isNotBlank();
        assertThat(textOf(html, "contactPhone-error")).isNotBlank();
        assertThat(textOf(html, "notes-error")).isNotBlank();
        assertThat(inputValue(html, "address")).isEqualTo("桂花路9号");
        assertThat(inputValue(html, "contactName")).isEqualTo("王建华");
        assertThat(inputValue(html, "contactPhone")).isEqualTo("12345");
        assertThat(html).contains("长".repeat(1001));

        MultiValueMap<String, String> tooLong = unitForm("名".repeat(201), "OTHER");
        tooLong.set("partyOrgName", "党".repeat(201));
        tooLong.set("contactName", "人".repeat(51));
        String html2 = html(mvc.perform(post("/regions/" + community + "/resident-units").params(tooLong)
                .with(as("community")).with(csrf())).andExpect(status().isOk()).andReturn());
        assertThat(textOf(html2, "name-error")).isNotBlank();
        assertThat(textOf(html2, "partyOrgName-error")).isNotBlank();
        assertThat(textOf(html2, "contactName-error")).isNotBlank();
        assertThat(count("select count(*) from resident_unit")).isEqualTo(before);
    }

    @Test
    void shouldTakePartyOrganizationFromScopeOrByNameButNotBoth() throws Exception {
        long community = regionOf("community");
        long foreign = branchIn(siblingCommunity(community));
        MultiValueMap<String, String> form = unitForm("滨江测试科技有限公司", "NON_PUBLIC_ENTERPRISE");
        form.set("partyOrgId", Long.toString(foreign));
        String html = html(mvc.perform(post("/regions/" + community + "/resident-units").params(form)
                .with(as("community")).with(csrf())).andExpect(status().isOk()).andReturn());
        assertThat(textOf(html, "partyOrgId-error")).isNotBlank();
        assertThat(inputValue(html, "name")).isEqualTo("滨江测试科技有限公司");

        long own = branchIn(community);
        form.set("partyOrgId", Long.toString(own));
        form.set("partyOrgName", "另填的党支部");
        html = html(mvc.perform(post("/regions/" + community + "/resident-units").params(form)
                .with(as("community")).with(csrf())).andExpect(status().isOk()).andReturn());
        assertThat(textOf(html, "partyOrgName-error")).isNotBlank();
        assertThat(inputValue(html, "partyOrgName")).isEqualTo("另填的党支部");

        form.set("partyOrgName", "");
        long unit = createUnit("community", community, form);
        assertThat(jdbc.queryForObject("select party_org_id from resident_unit where id = ?", Long.class, unit))
                .isEqualTo(own);
        String page = html(mvc.perform(get("/resident-units/" + unit).with(as("community"))).andReturn());
        assertThat(section(page, "dd", "unit-org")).contains("href=\"/orgs/" + own + "\"");
    }

    @Test
    void shouldRefuseSecondOpenUnitOfTheSameNameInTheSamePlace() throws Exception {
        long community = regionOf("community");
        createUnit("community", community, unitForm("滨江重名测试小学", "INSTITUTION"));
        String html = html(mvc.perform(post("/regions/" + community + "/resident-units")
                .params(unitForm("滨江重名测试小学", "INSTITUTION")).with(as("community")).with(csrf()))
                .andExpect(status().isOk()).andReturn());
        assertThat(textOf(html, "name-error")).isNotBlank();
        // the same name elsewhere is another unit
        createUnit("street", siblingCommunity(community), unitForm("滨江重名测试小学", "INSTITUTION"));
    }

    @Test
    void shouldShowConflictWhenUnitChangedSinceFormOpened() throws Exception {
        long unit = createUnit("community", regionOf("community"), unitForm("滨江冲突测试单位", "OTHER"));
        String version = version("resident_unit", unit);
        jdbc.update("update resident_unit set name = '别人改的单位', version = version + 1 where id = ?", unit);
        MultiValueMap<String, String> form = unitForm("我改的单位", "ORGAN");
        form.set("version", version);
        String html = html(mvc.perform(post("/resident-units/" + unit).params(form).with(as("community"))
                .with(csrf())).andExpect(status().isOk()).andExpect(view().name("resident/unit-form")).andReturn());
        assertThat(textOf(html, "conflict")).contains("别人改的单位");
        assertThat(inputValue(html, "name")).isEqualTo("我改的单位");
        assertThat(inputValue(html, "version")).isEqualTo(Long.toString(Long.parseLong(version) + 1));
        assertThat(jdbc.queryForObject("select name from resident_unit where id = ?", String.class, unit))
                .isEqualTo("别人改的单位");
    }

    @Test
    void shouldAnswer404ForUnitsOutsideTheScope() throws Exception {
        long community = regionOf("community");
        long sibling = siblingCommunity(community);
        long unit = createUnit("street", sibling, unitForm("滨江邻社区测试单位", "OTHER"));
        mvc.perform(get("/resident-units/" + unit).with(as("community"))).andExpect(status().isNotFound());
        mvc.perform(get("/resident-units/" + unit + "/edit").with(as("community"))).andExpect(status().isNotFound());
        mvc.perform(get("/resident-units/" + unit + "/reports/new").with(as("community")))
                .andExpect(status().isNotFound());
        mvc.perform(post("/resident-units/" + unit).params(unitForm("改名", "OTHER")).with(as("community"))
                .with(csrf())).andExpect(status().isNotFound());
        mvc.perform(post("/resident-units/" + unit + "/close").with(as("community")).with(csrf()))
                .andExpect(status().isNotFound());
        mvc.perform(get("/regions/" + sibling + "/resident-units").with(as("community")))
                .andExpect(status().isNotFound());
        mvc.perform(get("/regions/" + sibling + "/resident-units/new").with(as("community")))
                .andExpect(status().isNotFound());
        mvc.perform(post("/regions/" + sibling + "/resident-units").params(unitForm("越界单位", "OTHER"))
                .with(as("community")).with(csrf())).andExpect(status().isNotFound());
        assertThat(jdbc.queryForObject("select closed_on from resident_unit where id = ?", LocalDate.class, unit))
                .isNull();
        // a branch secretary has no region scope
        mvc.perform(get("/regions/" + community + "/resident-units").with(as("branch")))
                .andExpect(status().isNotFound());
        mvc.perform(get("/resident-units/" + unit).with(as("branch"))).andExpect(status().isNotFound());
        // a district official reads but does not write
        mvc.perform(get("/resident-units/" + unit).with(as("district"))).andExpect(status().isOk());
        mvc.perform(get("/resident-units/" + unit + "/edit").with(as("district"))).andExpect(status().isForbidden());
    }

    @Test
    void shouldSeatUnitsOnlyInStreetsAndCommunities() throws Exception {
        long district = regionOf("district");
        Scope districtScope = Scope.ofRegion(district, regionPath(district));
        assertThatThrownBy(() -> service.requireSeat(district, districtScope)).isInstanceOf(NotFoundException.class);
        assertThat(service.requireSeat(regionOf("street"), districtScope).getId()).isEqualTo(regionOf("street"));
        // a street registers units of its own, shown as street level
        long street = regionOf("street");
        long unit = createUnit("street", street, unitForm("滨江测试街道司法所", "ORGAN"));
        assertThat(jdbc.queryForObject("select region_level from resident_unit where id = ?", String.class, unit))
                .isEqualTo("STREET");
        mvc.perform(get("/regions/" + district + "/resident-units/new").with(as("street")))
                .andExpect(status().isNotFound());
        assertThat(service.openUnitsIn(street, districtScope)).extracting(ResidentUnit::getId).contains(unit);
        assertThat(service.openUnitsIn(regionOf("community"), districtScope)).extracting(ResidentUnit::getId)
                .doesNotContain(unit);
    }

    @Test
    void shouldSearchByNameAndKindAndPageByTwenty() throws Exception {
        long street = regionOf("street");
        long community = regionOf("community");
        long unit = createUnit("street", community, unitForm("滨江搜索测试幼儿园", "INSTITUTION"));
        String byName = html(mvc.perform(get("/regions/" + street + "/resident-units").param("q", "搜索测试")
                .with(as("street"))).andExpect(status().isOk()).andReturn());
        assertThat(linkedIds(section(byName, "table", "resident-units"), "/resident-units/")).containsExactly(unit);
        String otherKind = html(mvc.perform(get("/regions/" + street + "/resident-units").param("q", "搜索测试")
                .param("kind", "ORGAN").with(as("street"))).andReturn());
        assertThat(linkedIds(section(otherKind, "table", "resident-units"), "/resident-units/")).isEmpty();
        // an unknown kind or page is no filter, not an error
        mvc.perform(get("/regions/" + street + "/resident-units").param("kind", "FACTORY").param("page", "x")
                .with(as("street"))).andExpect(status().isOk());

        long district = regionOf("district");
        long open = count("""
                select count(*) from resident_unit u join region r on r.id = u.region_id
                where r.path like '%s%%' and u.closed_on is null""".formatted(regionPath(district)));
        assertThat(open).isGreaterThan(20);
        String first = html(mvc.perform(get("/regions/" + district + "/resident-units").with(as("district")))
                .andReturn());
        assertThat(textOf(first, "unit-count")).contains(Long.toString(open));
        assertThat(tableRows(first, "resident-units")).hasSize(20);
        String second = html(mvc.perform(get("/regions/" + district + "/resident-units").param("page", "1")
                .with(as("district"))).andReturn());
        List<Long> page1 = linkedIds(section(first, "table", "resident-units"), "/resident-units/");
        List<Long> page2 = linkedIds(section(second, "table", "resident-units"), "/resident-units/");
        assertThat(page2).isNotEmpty().doesNotContainAnyElementsOf(page1);
    }
}
