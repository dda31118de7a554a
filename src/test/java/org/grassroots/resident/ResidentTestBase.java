package org.grassroots.resident;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.time.LocalDate;
import java.time.ZoneId;
import org.grassroots.support.WebIntegrationTestBase;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;

/** Forms and look-ups the resident unit tests share. */
abstract class ResidentTestBase extends WebIntegrationTestBase {

    protected static LocalDate today() {
        return LocalDate.now(ZoneId.of("Asia/Shanghai"));
    }

    protected long count(String sql, Object... args) {
        return jdbc.queryForObject(sql, Long.class, args);
    }

    protected String version(String table, long id) {
        return jdbc.queryForObject("select version from " + table + " where id = ?", Long.class, id).toString();
    }

    protected static MultiValueMap<String, String> unitForm(String name, String kind) {
        MultiValueMap<String, String> form = new LinkedMultiValueMap<>();
        form.add("name", name);
        form.add("kind", kind);
        form.add("address", "");
        form.add("partyOrgId", "");
        form.add("partyOrgName", "");
        form.add("contactName", "");
        form.add("contactPhone", "");
        form.add("notes", "");
        return form;
    }

    protected static MultiValueMap<String, String> reportForm(long communityId, String reportedOn) {
        MultiValueMap<String, String> form = new LinkedMultiValueMap<>();
        form.add("communityId", Long.toString(communityId));
        form.add("reportedOn", reportedOn);
        form.add("contactName", "陈立新");
        form.add("contactPhone", "13900001111");
        form.add("commitments", "每季度组织党员到社区开展志愿服务；向社区开放会议室。");
        form.add("note", "");
        return form;
    }

    /** Posts a unit form as the user and returns the new unit's id. */
    protected long createUnit(String user, long regionId, MultiValueMap<String, String> form) throws Exception {
        MvcResult result = mvc.perform(post("/regions/" + regionId + "/resident-units").params(form).with(as(user))
                .with(csrf())).andReturn();
        assertThat(result.getResponse().getStatus()).as(html(result)).isEqualTo(302);
        return Long.parseLong(result.getResponse().getRedirectedUrl().substring("/resident-units/".length()));
    }

    /** Posts a report form as the user and returns the new report's id. */
    protected long fileReport(String user, long unitId, MultiValueMap<String, String> form) throws Exception {
        MvcResult result = mvc.perform(post("/resident-units/" + unitId + "/reports").params(form).with(as(user))
                .with(csrf())).andReturn();
        assertThat(result.getResponse().getStatus()).as(html(result)).isEqualTo(302);
        assertThat(result.getResponse().getRedirectedUrl()).isEqualTo("/resident-units/" + unitId);
        return jdbc.queryForObject("select max(id) from unit_report where unit_id = ?", Long.class, unitId);
    }

    /** Another street of the same district as the demo street user's. */
    protected long otherStreet() {
        return jdbc.queryForObject("""
                select s.id from region s join region me on me.id = ?
                where s.level = 'STREET' and s.parent_id = me.parent_id and s.id <> me.id order by s.code limit 1""",
                Long.class, regionOf("street"));
    }

    protected long firstCommunityOf(long street) {
        return jdbc.queryForObject("select id from region where parent_id = ? order by code limit 1", Long.class,
                street);
    }
}
