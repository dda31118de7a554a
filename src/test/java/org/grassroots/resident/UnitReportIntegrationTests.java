package org.grassroots.resident;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.view;

import java.time.LocalDate;
import java.util.Map;
import org.grassroots.shared.InvalidInputException;
import org.grassroots.shared.Scope;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.util.MultiValueMap;

/** Units reporting to communities: filing, receipt, ending, every bad input, and who sees what. */
class UnitReportIntegrationTests extends ResidentTestBase {

    @Autowired
    private UnitReportService service;

    @Test
    void shouldFileReceiveAndEndReportThroughThePages() throws Exception {
        long community = regionOf("community");
        long unit = createUnit("community", community, unitForm("滨江报到测试超市有限公司", "NON_PUBLIC_ENTERPRISE"));
        String form = html(mvc.perform(get("/resident-units/" + unit + "/reports/new").with(as("community")))
                .andExpect(status().isOk()).andReturn());
        assertThat(form).contains("value=\"" + community + "\"");
        long report = fileReport("community", unit, reportForm(community, today().minusDays(10).toString()));
        Map<String, Object> row = jdbc.queryForMap("select * from unit_report where id = ?", report);
        assertThat(row).containsEntry("community_id", community).containsEntry("contact_name", "陈立新")
                .containsEntry("received_on", null).containsEntry("ended_on", null);
        String page = html(mvc.perform(get("/resident-units/" + unit).with(as("community"))).andReturn());
        assertThat(section(page, "tr", "report-" + report)).contains("resident-awaiting").contains("139****1111")
                .doesNotContain("13900001111");

        mvc.perform(post("/unit-reports/" + report + "/receive").param("on", today().minusDays(8).toString())
                .with(as("community")).with(csrf())).andExpect(status().isFound())
                .andExpect(flash().attribute("success", "resident.report.received"));
        assertThat(jdbc.queryForMap("select received_on, received_by from unit_report where id = ?", report))
                .containsEntry("received_on", java.sql.Date.valueOf(today().minusDays(8)))
                .containsEntry("received_by", "community");
        mvc.perform(post("/unit-reports/" + report + "/receive").with(as("community")).with(csrf()))
                .andExpect(flash().attribute("error", "resident.report.receive.already"));

        mvc.perform(post("/unit-reports/" + report + "/end").param("on", today().toString())
                .with(as("community")).with(csrf())).andExpect(flash().attribute("success", "resident.report.ended"));
        assertThat(jdbc.queryForObject("select ended_on from unit_report where id = ?", LocalDate.class, report))
                .isEqualTo(today());
        mvc.perform(post("/unit-reports/" + report + "/end").param("on", today().toString())
                .with(as("community")).with(csrf()))
                .andExpect(flash().attribute("error", "resident.report.end.already"));
        // once ended, the unit may report to the community again
        long again = fileReport("community", unit, reportForm(community, today().toString()));
        assertThat(again).isNotEqualTo(report);
        assertThat(count("select count(*) from audit_event where entity_type = 'unit_report' and entity_id = ?",
                report)).isEqualTo(3);
    }

    @Test
    void shouldRefuseSecondOpenReportToTheSameCommunity() throws Exception {
        long community = regionOf("community");
        long unit = createUnit("community", community, unitForm("滨江重复报到测试单位", "SOCIAL_ORGANIZATION"));
        fileReport("community", unit, reportForm(community, today().minusDays(30).toString()));
        MultiValueMap<String, String> second = reportForm(community, today().toString());
        second.set("commitments", "第二次承诺的内容");
        String html = html(mvc.perform(post("/resident-units/" + unit + "/reports").params(second)
                        .with(as("community")).with(csrf()))
                .andExpect(status().isOk()).andExpect(view().name("resident/report-form")).andReturn());
        assertThat(textOf(html, "communityId-error")).isNotBlank();
        assertThat(html).contains("第二次承诺的内容");
        assertThat(count("select count(*) from unit_report where unit_id = ?", unit)).isOne();
        // the database refuses it as well, should the check be passed by a race
        assertThatThrownBy(() -> jdbc.update("""
                insert into unit_report (unit_id, community_id, reported_on, contact_name, commitments)
                values (?, ?, current_date, 'x', 'y')""", unit, community))
                .isInstanceOf(DataIntegrityViolationException.class);
    }

    @Test
    void shouldKeepEveryValueOfBadReportFormWithFieldErrors() throws Exception {
        long community = regionOf("community");
        long unit = createUnit("community", community, unitForm("滨江坏输入报到测试单位", "OTHER"));
        MultiValueMap<String, String> future = reportForm(community, today().plusDays(1).toString());
        future.set("contactName", "");
        future.set("commitments", "");
        future.set("contactPhone", "2345");
        future.set("note", "备注内容");
        String html = html(mvc.perform(post("/resident-units/" + unit + "/reports").params(future)
                .with(as("community")).with(csrf())).andExpect(status().isOk()).andReturn());
        assertThat(textOf(html, "contactName-error")).isNotBlank();
        assertThat(textOf(html, "commitments-error")).isNotBlank();
        assertThat(textOf(html, "contactPhone-error")).isNotBlank();
        assertThat(inputValue(html, "reportedOn")).isEqualTo(today().plusDays(1).toString());
        assertThat(html).contains("备注内容");
        // the date in the future is checked once the form itself is complete
        html = html(mvc.perform(post("/resident-units/" + unit + "/reports")
                .params(reportForm(community, today().plusDays(1).toString())).with(as("community")).with(csrf()))
                .andExpect(status().isOk()).andReturn());
        assertThat(textOf(html, "reportedOn-error")).isNotBlank();

        MultiValueMap<String, String> bad = reportForm(community, "2024-02-30");
        bad.set("commitments", "诺".repeat(2001));
        bad.set("note", "注".repeat(1001));
        bad.set("communityId", "abc");
        html = html(mvc.perform(post("/resident-units/" + unit + "/reports").params(bad).with(as("community"))
                .with(csrf())).andExpect(status().isOk()).andReturn());
        assertThat(textOf(html, "reportedOn-error")).isNotBlank();
        assertThat(textOf(html, "commitments-error")).isNotBlank();
        assertThat(textOf(html, "note-error")).isNotBlank();
        assertThat(textOf(html, "communityId-error")).isNotBlank();
        assertThat(inputValue(html, "reportedOn")).isEqualTo("2024-02-30");

        MultiValueMap<String, String> none = reportForm(community, today().toString());
        none.set("communityId", "");
        html = html(mvc.perform(post("/resident-units/" + unit + "/reports").params(none).with(as("community"))
                .with(csrf())).andExpect(status().isOk()).andReturn());
        assertThat(textOf(html, "communityId-error")).isNotBlank();
        assertThat(count("select count(*) from unit_report where unit_id = ?", unit)).isZero();
    }

    @Test
    void shouldSendEachUnitOnlyToTheCommunitiesItMayReportTo() throws Exception {
        long street = regionOf("street");
        long community = regionOf("community");
        long sibling = siblingCommunity(community);
        // a unit in a community reports to that community, not to its neighbour
        long communityUnit = createUnit("street", community, unitForm("滨江本社区测试单位", "INSTITUTION"));
        String html = html(mvc.perform(post("/resident-units/" + communityUnit + "/reports")
                .params(reportForm(sibling, today().toString())).with(as("street")).with(csrf()))
                .andExpect(status().isOk()).andReturn());
        assertThat(textOf(html, "communityId-error")).isNotBlank();
        // a street unit reports to any community of its street; the street staff choose among them
        long streetUnit = createUnit("street", street, unitForm("滨江街道测试供电服务站", "STATE_ENTERPRISE"));
        String form = html(mvc.perform(get("/resident-units/" + streetUnit + "/reports/new").with(as("street")))
                .andReturn());
        assertThat(form).contains("value=\"" + community + "\"").contains("value=\"" + sibling + "\"");
        fileReport("street", streetUnit, reportForm(sibling, today().toString()));
        fileReport("street", streetUnit, reportForm(community, today().toString()));
        // a community of another street is outside the street's scope: a field message, not a 404
        long foreign = firstCommunityOf(otherStreet());
        html = html(mvc.perform(post("/resident-units/" + streetUnit + "/reports")
                .params(reportForm(foreign, today().toString())).with(as("street")).with(csrf()))
                .andExpect(status().isOk()).andReturn());
        assertThat(textOf(html, "communityId-error")).isNotBlank();
        // and a district that sees both streets is told the rule
        long district = regionOf("district");
        Scope districtScope = Scope.ofRegion(district, regionPath(district));
        UnitReportForm other = new UnitReportForm();
        other.setCommunityId(foreign);
        other.setReportedOn(today());
        other.setContactName("陈立新");
        other.setCommitments("承诺");
        assertThatThrownBy(() -> service.create(streetUnit, other, districtScope))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.violations())
                        .containsExactly(new InvalidInputException.Violation("communityId",
                                "resident.report.community.notOfStreet")));
        // a region that is not a community is not a target
        other.setCommunityId(street);
        assertThatThrownBy(() -> service.create(streetUnit, other, districtScope))
                .isInstanceOf(InvalidInputException.class);
        assertThat(count("select count(*) from unit_report where unit_id = ?", streetUnit)).isEqualTo(2);
    }

    @Test
    void shouldRefuseReceiptAndEndOnImpossibleDays() throws Exception {
        long community = regionOf("community");
        long unit = createUnit("community", community, unitForm("滨江日期测试单位", "ORGAN"));
        long report = fileReport("community", unit, reportForm(community, today().minusDays(5).toString()));
        receive(report, today().minusDays(6).toString(), "resident.report.receivedOn.beforeReport");
        receive(report, today().plusDays(1).toString(), "resident.report.receivedOn.future");
        receive(report, "2025-13-01", "resident.report.date.invalid");
        end(report, today().minusDays(6).toString(), "resident.report.endedOn.beforeReport");
        end(report, today().plusDays(1).toString(), "resident.report.endedOn.future");
        end(report, "", "resident.report.endedOn.required");
        end(report, "yesterday", "resident.report.date.invalid");
        assertThat(jdbc.queryForMap("select received_on, ended_on from unit_report where id = ?", report))
                .containsEntry("received_on", null).containsEntry("ended_on", null);
        // no day given: received today
        mvc.perform(post("/unit-reports/" + report + "/receive").with(as("community")).with(csrf()))
                .andExpect(status().isFound());
        assertThat(jdbc.queryForObject("select received_on from unit_report where id = ?", LocalDate.class, report))
                .isEqualTo(today());
        // the report day cannot move past its receipt
        MultiValueMap<String, String> edit = reportForm(community, today().plusDays(0).toString());
        edit.set("reportedOn", today().minusDays(1).toString());
        edit.set("version", version("unit_report", report));
        mvc.perform(post("/unit-reports/" + report).params(edit).with(as("community")).with(csrf()))
                .andExpect(status().isFound());
        jdbc.update("update unit_report set received_on = ? where id = ?", today().minusDays(1), report);
        edit.set("reportedOn", today().toString());
        edit.set("version", version("unit_report", report));
        String html = html(mvc.perform(post("/unit-reports/" + report).params(edit).with(as("community"))
                .with(csrf())).andExpect(status().isOk()).andReturn());
        assertThat(textOf(html, "reportedOn-error")).isNotBlank();
        assertThat(jdbc.queryForObject("select reported_on from unit_report where id = ?", LocalDate.class, report))
                .isEqualTo(today().minusDays(1));
    }

    @Test
    void shouldShowConflictWhenReportChangedSinceFormOpened() throws Exception {
        long community = regionOf("community");
        long unit = createUnit("community", community, unitForm("滨江报到冲突测试单位", "OTHER"));
        long report = fileReport("community", unit, reportForm(community, today().toString()));
        String version = version("unit_report", report);
        jdbc.update("update unit_report set commitments = '别人改的承诺', version = version + 1 where id = ?", report);
        MultiValueMap<String, String> edit = reportForm(community, today().toString());
        edit.set("commitments", "我改的承诺");
        edit.set("version", version);
        String html = html(mvc.perform(post("/unit-reports/" + report).params(edit).with(as("community"))
                .with(csrf())).andExpect(status().isOk()).andExpect(view().name("resident/report-form")).andReturn());
        assertThat(textOf(html, "conflict")).contains("别人改的承诺");
        assertThat(html).contains("我改的承诺");
        assertThat(jdbc.queryForObject("select commitments from unit_report where id = ?", String.class, report))
                .isEqualTo("别人改的承诺");
    }

    @Test
    void shouldLetCommunitySeeStreetUnitThatReportedToItReadOnly() throws Exception {
        long street = regionOf("street");
        long community = regionOf("community");
        long sibling = siblingCommunity(community);
        long unit = createUnit("street", street, unitForm("滨江街道测试派出所", "ORGAN"));
        long elsewhere = createUnit("street", street, unitForm("滨江街道测试邮政支局", "STATE_ENTERPRISE"));
        fileReport("street", elsewhere, reportForm(sibling, today().toString()));
        mvc.perform(get("/resident-units/" + unit).with(as("community"))).andExpect(status().isNotFound());
        mvc.perform(get("/resident-units/" + elsewhere).with(as("community"))).andExpect(status().isNotFound());

        long mine = fileReport("street", unit, reportForm(community, today().minusDays(2).toString()));
        long theirs = fileReport("street", unit, reportForm(sibling, today().minusDays(2).toString()));
        String page = html(mvc.perform(get("/resident-units/" + unit).with(as("community")))
                .andExpect(status().isOk()).andReturn());
        assertThat(page).contains("id=\"unit-read-only\"").doesNotContain("id=\"edit-unit\"")
                .doesNotContain("id=\"close-unit\"");
        assertThat(section(page, "table", "unit-reports")).contains("id=\"report-" + mine + "\"")
                .doesNotContain("report-" + theirs);
        mvc.perform(get("/resident-units/" + unit + "/edit").with(as("community"))).andExpect(status().isNotFound());
        mvc.perform(get("/resident-units/" + unit + "/reports/new").with(as("community")))
                .andExpect(status().isNotFound());
        mvc.perform(post("/resident-units/" + unit + "/close").with(as("community")).with(csrf()))
                .andExpect(status().isNotFound());
        mvc.perform(get("/unit-reports/" + theirs + "/edit").with(as("community"))).andExpect(status().isNotFound());
        mvc.perform(post("/unit-reports/" + theirs + "/receive").with(as("community")).with(csrf()))
                .andExpect(status().isNotFound());
        // the community receives what was reported to it
        mvc.perform(post("/unit-reports/" + mine + "/receive").with(as("community")).with(csrf()))
                .andExpect(status().isFound());
        mvc.perform(get("/unit-reports/" + mine + "/edit").with(as("community"))).andExpect(status().isOk());
        // the community's list shows it among the units reported to the community
        String list = html(mvc.perform(get("/regions/" + community + "/resident-units").with(as("community")))
                .andReturn());
        assertThat(section(list, "tr", "reported-" + mine)).contains("滨江街道测试派出所");
        // an ended report keeps the unit visible as history
        mvc.perform(post("/unit-reports/" + mine + "/end").param("on", today().toString()).with(as("community"))
                .with(csrf())).andExpect(status().isFound());
        mvc.perform(get("/resident-units/" + unit).with(as("community"))).andExpect(status().isOk());
        list = html(mvc.perform(get("/regions/" + community + "/resident-units").with(as("community"))).andReturn());
        assertThat(section(list, "table", "reported-units")).doesNotContain("reported-" + mine + "\"");
    }

    private void receive(long report, String on, String expectedError) throws Exception {
        mvc.perform(post("/unit-reports/" + report + "/receive").param("on", on).with(as("community")).with(csrf()))
                .andExpect(status().isFound()).andExpect(flash().attribute("error", expectedError));
    }

    private void end(long report, String on, String expectedError) throws Exception {
        mvc.perform(post("/unit-reports/" + report + "/end").param("on", on).with(as("community")).with(csrf()))
                .andExpect(status().isFound()).andExpect(flash().attribute("error", expectedError));
    }
}
