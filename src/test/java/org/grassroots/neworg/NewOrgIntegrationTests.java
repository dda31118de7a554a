package org.grassroots.neworg;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.view;

import java.io.ByteArrayInputStream;
import java.time.LocalDate;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.util.MultiValueMap;

/** The registry pages and forms: registering, listing, every bad input, history, members, scope. */
class NewOrgIntegrationTests extends NewOrgTestBase {

    @Test
    void shouldRegisterShowListAndExportUnitWithMaskedInstructorPhone() throws Exception {
        long community = regionOf("community");
        MultiValueMap<String, String> form = registration("滨江测试网络科技有限公司", community);
        String code = form.getFirst("creditCode");
        form.set("coverageMode", "INSTRUCTOR");
        form.set("instructorName", "陈志刚");
        form.set("instructorPhone", "13812345678");
        form.set("instructorSince", "2021-05-10");
        long unit = register("community", community, form);
        assertThat(jdbc.queryForMap("select street_id, community_id, coverage_mode, instructor_phone, credit_code "
                + "from new_org where id = ?", unit)).containsEntry("street_id", streetOf(community))
                .containsEntry("community_id", community).containsEntry("coverage_mode", "INSTRUCTOR")
                .containsEntry("instructor_phone", "13812345678").containsEntry("credit_code", code);
        assertThat(count("select count(*) from new_org_coverage where new_org_id = ? and coverage_mode = 'INSTRUCTOR' "
                + "and changed_on = date '2020-03-01'", unit)).isEqualTo(1);

        String detail = page("community", "/new-orgs/" + unit);
        assertThat(textOf(detail, "unit-instructor-phone")).isEqualTo("138****5678");
        assertThat(textOf(detail, "unit-coverage")).isEqualTo("党的工作覆盖");
        assertThat(detail).doesNotContain("13812345678").contains("id=\"edit-unit\"");

        String list = page("community", "/regions/" + community + "/new-orgs?q=" + code.substring(0, 14));
        assertThat(section(list, "tr", "new-org-" + unit)).contains("滨江测试网络科技有限公司").contains("138****5678")
                .doesNotContain("13812345678");
        assertThat(linkedIds(section(list, "table", "new-orgs"), "/new-orgs/")).containsExactly(unit);
        String work = page("street", "/regions/" + streetOf(community) + "/new-orgs?coverage=WORK_COVERED&q=滨江测试网络");
        assertThat(linkedIds(work, "/new-orgs/")).contains(unit);
        String blind = page("street", "/regions/" + streetOf(community) + "/new-orgs?coverage=BLIND&q=滨江测试网络");
        assertThat(linkedIds(blind, "/new-orgs/")).doesNotContain(unit);
        // unknown filter values fall back to none
        page("community", "/regions/" + community + "/new-orgs?coverage=NOPE&kind=X&page=abc");

        assertThat(jdbc.queryForList("select summary from audit_event where entity_type = 'new_org' and entity_id = ?",
                String.class, unit)).hasSize(1).noneMatch(s -> s.contains("13812345678"));

        MvcResult xlsx = mvc.perform(get("/regions/" + community + "/new-orgs.xlsx").param("q", code)
                .with(as("community"))).andExpect(status().isOk()).andReturn();
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(xlsx.getResponse().getContentAsByteArray()))) {
            Sheet sheet = book.getSheetAt(0);
            assertThat(sheet.getLastRowNum()).isEqualTo(1);
            assertThat(sheet.getRow(1).getCell(0).getStringCellValue()).isEqualTo("滨江测试网络科技有限公司");
            assertThat(sheet.getRow(1).getCell(2).getStringCellValue()).isEqualTo(code);
            assertThat(sheet.getRow(1).getCell(13).getStringCellValue()).isEqualTo("138****5678");
        }
    }

    @Test
    void shouldRefuseWrongChecksumAndKeepEveryValue() throws Exception {
        long community = regionOf("community");
        MultiValueMap<String, String> form = registration("滨江校验码测试有限公司", community);
        String wrong = wrongCheck(form.getFirst("creditCode"));
        form.set("creditCode", wrong);
        form.set("employees", "120");
        long before = count("select count(*) from new_org");
        String html = postForm("community", "/regions/" + community + "/new-orgs", form);
        assertThat(textOf(html, "creditCode-error")).contains("校验码");
        assertThat(inputValue(html, "creditCode")).isEqualTo(wrong);
        assertThat(inputValue(html, "name")).isEqualTo("滨江校验码测试有限公司");
        assertThat(inputValue(html, "address")).isEqualTo("桂花路88号创新大厦12层");
        assertThat(inputValue(html, "employees")).isEqualTo("120");
        assertThat(count("select count(*) from new_org")).isEqualTo(before);

        // binding errors: not a number, an unknown kind, text too long, counts that cannot be
        MultiValueMap<String, String> bad = registration("名".repeat(201), community);
        bad.set("kind", "FACTORY");
        bad.set("employees", "很多");
        bad.set("membersEmployed", "-1");
        bad.set("openedOn", "2020-13-45");
        bad.set("address", "路".repeat(201));
        html = html(mvc.perform(post("/regions/" + community + "/new-orgs").params(bad).with(as("community"))
                .with(csrf())).andExpect(status().isOk()).andExpect(view().name("neworg/form")).andReturn());
        for (String field : new String[] {"name", "kind", "employees", "membersEmployed", "openedOn", "address"}) {
            assertThat(textOf(html, field + "-error")).as(field).isNotBlank();
        }
        assertThat(inputValue(html, "employees")).isEqualTo("很多");
        assertThat(inputValue(html, "openedOn")).isEqualTo("2020-13-45");

        MultiValueMap<String, String> counts = registration("滨江人数测试有限公司", community);
        counts.set("membersEmployed", "3");
        counts.set("fullMembersEmployed", "4");
        counts.set("employees", "2");
        html = postForm("community", "/regions/" + community + "/new-orgs", counts);
        assertThat(textOf(html, "fullMembersEmployed-error")).isNotBlank();
        assertThat(textOf(html, "membersEmployed-error")).isNotBlank();
        assertThat(count("select count(*) from new_org")).isEqualTo(before);
    }

    @Test
    void shouldRefuseSameOrganizationRegisteredTwiceUntilTheFirstCloses() throws Exception {
        long community = regionOf("community");
        MultiValueMap<String, String> form = registration("滨江重复登记测试有限公司", community);
        long first = register("community", community, form);
        // the same code in lower case, registered again by the street elsewhere in its street
        MultiValueMap<String, String> again = registration("滨江重复登记测试公司", siblingCommunity(community));
        again.set("creditCode", form.getFirst("creditCode").toLowerCase());
        String html = postForm("street", "/regions/" + streetOf(community) + "/new-orgs", again);
        assertThat(textOf(html, "creditCode-error")).contains("已经登记");
        assertThat(inputValue(html, "name")).isEqualTo("滨江重复登记测试公司");

        mvc.perform(post("/new-orgs/" + first + "/close").params(closing(today().toString(), "企业注销登记",
                version(first))).with(as("community")).with(csrf())).andExpect(status().isFound());
        long second = register("street", streetOf(community), again);
        assertThat(jdbc.queryForObject("select credit_code from new_org where id = ?", String.class, second))
                .isEqualTo(form.getFirst("creditCode"));
    }

    @Test
    void shouldWarnWhenJointBranchCoversMoreThanFiveUnits() throws Exception {
        long community = regionOf("community");
        long joint = jointBranchIn(community, "滨江测试楼宇联合党支部");
        long last = 0;
        for (int i = 1; i <= 6; i++) {
            MultiValueMap<String, String> form = registration("滨江联建测试企业" + i, community);
            form.set("coverageMode", "JOINT_BRANCH");
            form.set("partyOrgId", Long.toString(joint));
            last = register("community", community, form);
            String detail = page("community", "/new-orgs/" + last);
            assertThat(textOf(detail, "unit-coverage")).isEqualTo("党组织覆盖");
            if (i <= 5) {
                assertThat(textOf(detail, "joint-over-limit")).as("unit " + i).isNull();
            }
        }
        String detail = page("community", "/new-orgs/" + last);
        assertThat(textOf(detail, "joint-over-limit")).contains("滨江测试楼宇联合党支部").contains("6").contains("5");
        assertThat(textOf(detail, "joint-units")).contains("6");

        // a joint branch must be one, an own organization must not be one
        MultiValueMap<String, String> notJoint = registration("滨江联建错误测试企业", community);
        notJoint.set("coverageMode", "JOINT_BRANCH");
        notJoint.set("partyOrgId", Long.toString(branchIn(community)));
        assertThat(textOf(postForm("community", "/regions/" + community + "/new-orgs", notJoint), "partyOrgId-error"))
                .isNotBlank();
        notJoint.set("coverageMode", "OWN_ORG");
        notJoint.set("partyOrgId", Long.toString(joint));
        assertThat(textOf(postForm("community", "/regions/" + community + "/new-orgs", notJoint), "partyOrgId-error"))
                .isNotBlank();
        // and it must be in scope
        notJoint.set("partyOrgId", Long.toString(branchIn(siblingCommunity(community))));
        assertThat(textOf(postForm("community", "/regions/" + community + "/new-orgs", notJoint), "partyOrgId-error"))
                .isNotBlank();
    }

    @Test
    void shouldRefuseDatesOutOfOrder() throws Exception {
        long community = regionOf("community");
        MultiValueMap<String, String> future = registration("滨江日期测试有限公司", community);
        future.set("openedOn", today().plusDays(1).toString());
        assertThat(textOf(postForm("community", "/regions/" + community + "/new-orgs", future), "openedOn-error"))
                .isNotBlank();
        MultiValueMap<String, String> early = registration("滨江日期测试有限公司", community);
        early.set("coverageMode", "INSTRUCTOR");
        early.set("instructorName", "王建华");
        early.set("instructorSince", "2019-12-31");
        assertThat(textOf(postForm("community", "/regions/" + community + "/new-orgs", early), "instructorSince-error"))
                .isNotBlank();

        long unit = register("community", community, registration("滨江日期测试有限公司", community));
        String url = "/new-orgs/" + unit;
        // a move before the opening, then a good move, then one before it
        long sibling = siblingCommunity(community);
        String html = postForm("street", url + "/move", move(streetOf(community), sibling, "2019-01-01", version(unit)));
        assertThat(textOf(html, "movedOn-error")).isNotBlank();
        assertThat(inputValue(html, "movedOn")).isEqualTo("2019-01-01");
        mvc.perform(post(url + "/move").params(move(streetOf(community), sibling, "2023-06-01", version(unit)))
                .with(as("street")).with(csrf())).andExpect(status().isFound());
        html = postForm("street", url + "/move", move(streetOf(community), community, "2022-01-01", version(unit)));
        assertThat(textOf(html, "movedOn-error")).isNotBlank();
        // a coverage change before the opening, then a good one, then one before it
        html = postForm("street", url + "/coverage", coverage("NONE", "2019-05-01", Long.parseLong(version(unit))));
        assertThat(textOf(html, "changedOn-error")).isNotBlank();
        MultiValueMap<String, String> instructor = coverage("INSTRUCTOR", "2024-03-01", Long.parseLong(version(unit)));
        instructor.set("instructorName", "刘海峰");
        instructor.set("instructorSince", "2024-03-01");
        mvc.perform(post(url + "/coverage").params(instructor).with(as("street")).with(csrf()))
                .andExpect(status().isFound());
        html = postForm("street", url + "/coverage", coverage("NONE", "2024-01-01", Long.parseLong(version(unit))));
        assertThat(textOf(html, "changedOn-error")).isNotBlank();
        // the opening cannot move after what happened since
        MultiValueMap<String, String> edit = registration("滨江日期测试有限公司", community);
        edit.set("creditCode", jdbc.queryForObject("select credit_code from new_org where id = ?", String.class, unit));
        edit.set("openedOn", "2023-07-01");
        edit.set("version", version(unit));
        assertThat(textOf(postForm("street", url, edit), "openedOn-error")).isNotBlank();
        // closing before the opening, before the last change, in the future
        for (String day : new String[] {"2019-01-01", "2024-02-01", today().plusDays(3).toString()}) {
            html = postForm("street", url + "/close", closing(day, "迁出本市", version(unit)));
            assertThat(textOf(html, "closedOn-error")).as(day).isNotBlank();
        }
        html = postForm("street", url + "/close", closing("2024-05-01", "", version(unit)));
        assertThat(textOf(html, "reason-error")).isNotBlank();
        assertThat(jdbc.queryForObject("select closed_on from new_org where id = ?", LocalDate.class, unit)).isNull();
        assertThat(count("select count(*) from new_org_move where new_org_id = ?", unit)).isEqualTo(1);
        assertThat(count("select count(*) from new_org_coverage where new_org_id = ?", unit)).isEqualTo(2);
    }

    @Test
    void shouldKeepHistoryAndFlagBuiltThenScatteredAndAlerts() throws Exception {
        long community = regionOf("community");
        long branch = branchIn(community);
        MultiValueMap<String, String> form = registration("滨江边建边散测试有限公司", community);
        form.set("coverageMode", "OWN_ORG");
        form.set("partyOrgId", Long.toString(branch));
        form.set("membersEmployed", "5");
        form.set("fullMembersEmployed", "3");
        long unit = register("community", community, form);
        String detail = page("community", "/new-orgs/" + unit);
        assertThat(textOf(detail, "unit-coverage")).isEqualTo("党组织覆盖");
        assertThat(textOf(detail, "alert-branch")).isNull();
        assertThat(textOf(detail, "alert-scattered")).isNull();

        mvc.perform(post("/new-orgs/" + unit + "/coverage").params(coverage("NONE", today().minusDays(2).toString(),
                Long.parseLong(version(unit)))).with(as("community")).with(csrf())).andExpect(status().isFound());
        detail = page("community", "/new-orgs/" + unit);
        assertThat(textOf(detail, "unit-coverage")).isEqualTo("空白点");
        assertThat(textOf(detail, "alert-scattered")).isNotBlank();
        assertThat(textOf(detail, "alert-branch")).contains("3");
        assertThat(tableRows(detail, "coverage-history")).hasSize(2);
        String street = "/regions/" + streetOf(community) + "/new-orgs?q=滨江边建边散测试";
        assertThat(linkedIds(page("street", street + "&scattered=true"), "/new-orgs/")).containsExactly(unit);
        assertThat(linkedIds(page("street", street + "&alert=true"), "/new-orgs/")).containsExactly(unit);

        // the street moves it to the neighbouring community; the community then no longer sees it
        long sibling = siblingCommunity(community);
        mvc.perform(post("/new-orgs/" + unit + "/move").params(move(streetOf(community), sibling,
                today().minusDays(1).toString(), version(unit))).with(as("street")).with(csrf()))
                .andExpect(status().isFound());
        detail = page("street", "/new-orgs/" + unit);
        assertThat(tableRows(detail, "move-history")).hasSize(1);
        assertThat(tableRows(detail, "move-history").get(0).get(1)).contains(
                jdbc.queryForObject("select name from region where id = ?", String.class, community));
        mvc.perform(get("/new-orgs/" + unit).with(as("community"))).andExpect(status().isNotFound());
        assertThat(jdbc.queryForList("select action from audit_event where entity_type = 'new_org' and entity_id = ? "
                + "order by id", String.class, unit)).containsExactly("CREATE", "COVERAGE", "MOVE");
    }

    @Test
    void shouldPlaceUnitsOnlyInScopeAndWithinTheirStreet() throws Exception {
        long community = regionOf("community");
        MultiValueMap<String, String> form = registration("滨江位置测试有限公司", community);
        // a community secretary cannot place a unit directly in the street, nor in a neighbour
        form.set("communityId", "");
        assertThat(textOf(postForm("community", "/regions/" + community + "/new-orgs", form), "communityId-error"))
                .isNotBlank();
        form.set("communityId", Long.toString(siblingCommunity(community)));
        assertThat(textOf(postForm("community", "/regions/" + community + "/new-orgs", form), "communityId-error"))
                .isNotBlank();
        // a community of another street
        long otherStreet = jdbc.queryForObject("select min(id) from region where level = 'STREET' and id <> ?",
                Long.class, streetOf(community));
        form.set("communityId", Long.toString(community));
        form.set("streetId", Long.toString(otherStreet));
        assertThat(textOf(postForm("street", "/regions/" + streetOf(community) + "/new-orgs", form),
                "communityId-error")).isNotBlank();
        form.set("streetId", "不是数字");
        assertThat(textOf(postForm("street", "/regions/" + streetOf(community) + "/new-orgs", form), "streetId-error"))
                .isNotBlank();
        // the street may place it in no community
        form.set("streetId", Long.toString(streetOf(community)));
        form.set("communityId", "");
        long unit = register("street", streetOf(community), form);
        assertThat(jdbc.queryForObject("select community_id from new_org where id = ?", Long.class, unit)).isNull();
        mvc.perform(get("/new-orgs/" + unit).with(as("community"))).andExpect(status().isNotFound());
        String list = page("street", "/regions/" + streetOf(community) + "/new-orgs?own=true&q=滨江位置测试");
        assertThat(linkedIds(list, "/new-orgs/")).containsExactly(unit);
    }

    @Test
    void shouldLinkMembersInScopeOrByFullIdNumber() throws Exception {
        long community = regionOf("community");
        long unit = register("community", community, registration("滨江党员关联测试有限公司", community));
        String url = "/new-orgs/" + unit + "/members";
        long inScope = fullMemberIn(community);
        mvc.perform(post(url).param("memberId", Long.toString(inScope)).param("idNumber", "").with(as("community"))
                .with(csrf())).andExpect(status().isFound());
        // a member of another district, found by the whole ID number only
        String idNumber = freshIdNumber(BIRTH, true);
        long elsewhere = createMember(newFullMember("关联测试党员", idNumber, orgOf("branch")));
        jdbc.update("update party_member set party_org_id = (select min(id) from party_org where type = 'BRANCH' "
                + "and district_id <> ?) where id = ?", regionOf("district"), elsewhere);
        String html = postForm("community", url + "?idNumber=" + idNumber.substring(0, 10), new org.springframework.util.LinkedMultiValueMap<>());
        assertThat(textOf(html, "idNumber-error")).isNotBlank();
        html = postForm("community", url + "?idNumber=" + withWrongCheckChar(idNumber), new org.springframework.util.LinkedMultiValueMap<>());
        assertThat(textOf(html, "idNumber-error")).isNotBlank();
        html = postForm("community", url + "?memberId=" + elsewhere, new org.springframework.util.LinkedMultiValueMap<>());
        assertThat(textOf(html, "memberId-error")).isNotBlank();
        mvc.perform(post(url).param("idNumber", idNumber).with(as("community")).with(csrf()))
                .andExpect(status().isFound());
        html = postForm("community", url + "?idNumber=" + idNumber, new org.springframework.util.LinkedMultiValueMap<>());
        assertThat(textOf(html, "idNumber-error")).isNotBlank();
        String detail = page("community", "/new-orgs/" + unit);
        assertThat(tableRows(detail, "linked-members")).hasSize(2);
        assertThat(detail).doesNotContain(idNumber);
        assertThat(section(detail, "tr", "linked-" + inScope)).contains("href=\"/members/" + inScope + "\"");
        assertThat(section(detail, "tr", "linked-" + elsewhere)).contains("关联测试党员")
                .doesNotContain("href=\"/members/");
        // no more links than members employed (4 in the registration)
        jdbc.update("update new_org set members_employed = 2 where id = ?", unit);
        html = postForm("community", url + "?memberId=" + fullMemberIn(community), new org.springframework.util.LinkedMultiValueMap<>());
        assertThat(textOf(html, "idNumber-error") + textOf(html, "memberId-error")).isNotBlank();
        mvc.perform(post(url + "/" + elsewhere + "/unlink").with(as("community")).with(csrf()))
                .andExpect(status().isFound());
        assertThat(count("select count(*) from new_org_member where new_org_id = ?", unit)).isEqualTo(1);
    }

    @Test
    void shouldShowConflictWhenUnitChangedSinceFormOpened() throws Exception {
        long community = regionOf("community");
        MultiValueMap<String, String> form = registration("滨江冲突测试有限公司", community);
        long unit = register("community", community, form);
        String version = version(unit);
        jdbc.update("update new_org set name = '别人改的名称', version = version + 1 where id = ?", unit);
        form.set("name", "我改的名称");
        form.set("version", version);
        String html = postForm("community", "/new-orgs/" + unit, form);
        assertThat(textOf(html, "conflict")).contains("别人改的名称");
        assertThat(inputValue(html, "name")).isEqualTo("我改的名称");
        assertThat(inputValue(html, "version")).isEqualTo(Long.toString(Long.parseLong(version) + 1));
        assertThat(jdbc.queryForObject("select name from new_org where id = ?", String.class, unit))
                .isEqualTo("别人改的名称");
        html = postForm("community", "/new-orgs/" + unit + "/close", closing(today().toString(), "注销", version));
        assertThat(textOf(html, "conflict")).contains("别人改的名称");
        assertThat(jdbc.queryForObject("select closed_on from new_org where id = ?", LocalDate.class, unit)).isNull();
    }

    @Test
    void shouldAnswer404ForUnitsOutsideTheScope() throws Exception {
        long community = regionOf("community");
        long sibling = siblingCommunity(community);
        long unit = register("street", streetOf(community), registration("滨江邻社区测试有限公司", sibling));
        for (String path : new String[] {"", "/edit", "/move", "/coverage", "/close"}) {
            mvc.perform(get("/new-orgs/" + unit + path).with(as("community"))).andExpect(status().isNotFound());
            mvc.perform(get("/new-orgs/" + unit + path).with(as("branch"))).andExpect(status().isNotFound());
        }
        for (String path : new String[] {"", "/move", "/coverage", "/close", "/members", "/members/1/unlink"}) {
            mvc.perform(post("/new-orgs/" + unit + path).with(as("community")).with(csrf()))
                    .andExpect(status().isNotFound());
        }
        for (String path : new String[] {"/new-orgs", "/new-orgs/new", "/new-orgs.xlsx", "/coverage"}) {
            mvc.perform(get("/regions/" + sibling + path).with(as("community"))).andExpect(status().isNotFound());
            mvc.perform(get("/regions/" + community + path).with(as("branch"))).andExpect(status().isNotFound());
        }
        mvc.perform(post("/regions/" + sibling + "/new-orgs").params(registration("越界", sibling))
                .with(as("community")).with(csrf())).andExpect(status().isNotFound());
        // a district official reads but does not write
        mvc.perform(get("/new-orgs/" + unit).with(as("district"))).andExpect(status().isOk());
        mvc.perform(get("/new-orgs/" + unit + "/edit").with(as("district"))).andExpect(status().isForbidden());
        assertThat(jdbc.queryForObject("select closed_on from new_org where id = ?", LocalDate.class, unit)).isNull();
    }
}
