package org.grassroots.reporting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.view;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.springframework.util.MultiValueMap;

/** Services of a reporting period: hours per record and per day, days within the period, posts, edit and delete. */
class ServiceRecordIntegrationTests extends ReportingTestSupport {

    private long report() throws Exception {
        long post = createPost(community(), fresh("服务岗"), "");
        MultiValueMap<String, String> form = outsiderReport(fresh("服务"), freshPhone(), today().minusDays(20));
        form.add("postIds", Long.toString(post));
        return createReport(community(), form, "community");
    }

    @Test
    void shouldRecordServiceOnAPostOfThePeriod() throws Exception {
        long report = report();
        long post = jdbc.queryForObject("select post_id from member_report_post where report_id = ?", Long.class, report);
        MultiValueMap<String, String> form = service(today().minusDays(2), "2.5");
        form.add("postId", Long.toString(post));
        long record = createService(report, form);
        assertThat(jdbc.queryForMap("select post_id, hours, description, confirmed_by from service_record where id = ?",
                record)).containsEntry("post_id", post).containsEntry("hours", new BigDecimal("2.5"))
                .containsEntry("confirmed_by", "社区王主任");
        String page = html(mvc.perform(get("/member-reports/" + report).with(as("community"))).andReturn());
        assertThat(textOf(page, "service-totals")).isEqualTo("共 1 次，2.5 小时");
        assertThat(tableRows(page, "service-list")).hasSize(1);
    }

    @Test
    void shouldRefuseHoursThatAreNotPositiveOrAboveADay() throws Exception {
        long report = report();
        for (String hours : new String[] {"0", "-3", "25", "24.5", "1.25", "abc", ""}) {
            String html = rejected(report, service(today(), hours));
            assertThat(textOf(html, "hours-error")).as(hours).isNotBlank();
            assertThat(inputValue(html, "hours")).as(hours).isEqualTo(hours.equals("abc") ? "abc" : hours);
            assertThat(html).contains("陪老人散步");
        }
        assertThat(textOf(rejected(report, service(today(), "-3")), "hours-error"))
                .isEqualTo("服务时长须大于 0 且不超过 24 小时");
        assertThat(textOf(rejected(report, service(today(), "abc")), "hours-error")).isEqualTo("服务时长须为数字，如 2 或 1.5");
    }

    @Test
    void shouldRefuseMoreThan24HoursOfOnePersonOnOneDay() throws Exception {
        long report = report();
        createService(report, service(today().minusDays(1), "20"));
        String html = rejected(report, service(today().minusDays(1), "5"));
        assertThat(textOf(html, "hours-error")).isEqualTo("此人当天已登记 20 小时服务，加上本次将超过一天 24 小时");
        createService(report, service(today().minusDays(1), "4"));
        assertThat(jdbc.queryForObject("select sum(hours) from service_record where report_id = ? and served_on = ?",
                BigDecimal.class, report, today().minusDays(1))).isEqualByComparingTo("24");
    }

    @Test
    void shouldCountTheDayAcrossThePeriodsOfOnePerson() throws Exception {
        String name = fresh("跨期");
        String phone = freshPhone();
        long first = createReport(sibling(), outsiderReport(name, phone, today().minusMonths(7)), "street");
        long second = createReport(community(), outsiderReport(name, phone, today().minusDays(3)), "community");
        // a record of the first period put on the day of the second by hand: the day total still sees it
        jdbc.update("insert into service_record (report_id, served_on, hours, description) values (?, ?, 23, 'x')",
                first, today().minusDays(1));
        String html = rejected(second, service(today().minusDays(1), "2"));
        assertThat(textOf(html, "hours-error")).startsWith("此人当天已登记 23 小时服务");
    }

    @Test
    void shouldRefuseDaysOutsideThePeriodOrInTheFuture() throws Exception {
        long report = report();
        assertThat(textOf(rejected(report, service(today().plusDays(1), "1")), "servedOn-error"))
                .isEqualTo("服务日期不能晚于今天");
        assertThat(textOf(rejected(report, service(today().minusDays(21), "1")), "servedOn-error"))
                .startsWith("服务日期须在本期报到期间内（" + today().minusDays(20));
        MultiValueMap<String, String> impossible = service(today(), "1");
        impossible.set("servedOn", "2026-13-01");
        String html = rejected(report, impossible);
        assertThat(textOf(html, "servedOn-error")).isNotBlank();
        assertThat(inputValue(html, "servedOn")).isEqualTo("2026-13-01");
    }

    @Test
    void shouldRefuseAPostThePeriodDidNotTake() throws Exception {
        long report = report();
        long other = createPost(community(), fresh("别的岗"), "");
        MultiValueMap<String, String> form = service(today(), "1");
        form.add("postId", Long.toString(other));
        assertThat(textOf(rejected(report, form), "postId-error")).isEqualTo("只能选择此人本期认领的服务岗位");
    }

    @Test
    void shouldEditWithConflictPanelAndDeleteWithAudit() throws Exception {
        long report = report();
        long record = createService(report, service(today(), "2"));
        mvc.perform(get("/service-records/" + record + "/edit").with(as("community"))).andExpect(status().isOk());
        MultiValueMap<String, String> edit = service(today(), "3");
        edit.add("version", Long.toString(version("service_record", record)));
        mvc.perform(post("/service-records/" + record).params(edit).with(as("community")).with(csrf()))
                .andExpect(status().isFound());
        assertThat(jdbc.queryForObject("select hours from service_record where id = ?", BigDecimal.class, record))
                .isEqualByComparingTo("3");
        // the record's own hours do not count twice against the day
        edit.set("hours", "24");
        edit.set("version", Long.toString(version("service_record", record)));
        mvc.perform(post("/service-records/" + record).params(edit).with(as("community")).with(csrf()))
                .andExpect(status().isFound());

        jdbc.update("update service_record set description = '别人改的', version = version + 1 where id = ?", record);
        edit.set("hours", "1");
        String html = html(mvc.perform(post("/service-records/" + record).params(edit).with(as("community"))
                .with(csrf())).andExpect(status().isOk()).andReturn());
        assertThat(textOf(html, "conflict")).contains("别人改的");
        assertThat(inputValue(html, "hours")).isEqualTo("1");

        mvc.perform(post("/service-records/" + record + "/delete").with(as("community")).with(csrf()))
                .andExpect(status().isFound());
        assertThat(jdbc.queryForObject("select count(*) from service_record where id = ?", Long.class, record)).isZero();
        assertThat(jdbc.queryForObject("select count(*) from audit_event where entity_type = 'service_record' "
                + "and entity_id = ? and action = 'DELETE'", Long.class, record)).isEqualTo(1);
    }

    @Test
    void shouldAnswer404ForServiceOfAnotherCommunity() throws Exception {
        long report = createReport(sibling(), outsiderReport(fresh("邻居服务"), freshPhone(), today()), "street");
        long record = jdbc.queryForObject("""
                insert into service_record (report_id, served_on, hours, description) values (?, ?, 1, 'x')
                returning id""", Long.class, report, today());
        mvc.perform(get("/service-records/" + record + "/edit").with(as("community"))).andExpect(status().isNotFound());
        mvc.perform(post("/service-records/" + record).params(service(today(), "2")).with(as("community"))
                .with(csrf())).andExpect(status().isNotFound());
        mvc.perform(post("/service-records/" + record + "/delete").with(as("community")).with(csrf()))
                .andExpect(status().isNotFound());
        mvc.perform(post("/member-reports/" + report + "/services").params(service(today(), "2"))
                .with(as("community")).with(csrf())).andExpect(status().isNotFound());
        assertThat(jdbc.queryForObject("select count(*) from service_record where report_id = ?", Long.class, report))
                .isEqualTo(1);
        mvc.perform(get("/service-records/" + record + "/edit").with(as("street"))).andExpect(status().isOk());
    }

    private String rejected(long report, MultiValueMap<String, String> form) throws Exception {
        long before = jdbc.queryForObject("select count(*) from service_record where report_id = ?", Long.class, report);
        String html = html(mvc.perform(post("/member-reports/" + report + "/services").params(form)
                .with(as("community")).with(csrf())).andExpect(status().isOk())
                .andExpect(view().name("reporting/service-form")).andReturn());
        assertThat(jdbc.queryForObject("select count(*) from service_record where report_id = ?", Long.class, report))
                .isEqualTo(before);
        return html;
    }
}
