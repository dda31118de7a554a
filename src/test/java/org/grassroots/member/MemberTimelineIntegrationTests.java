package org.grassroots.member;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.grassroots.support.WebIntegrationTestBase;
import org.junit.jupiter.api.Test;

/** The member page merges the member's history, development steps and dues payments into one dated timeline. */
class MemberTimelineIntegrationTests extends WebIntegrationTestBase {

    @Test
    void shouldListHistoryStepsAndPaymentsInDateOrderWhenOpeningMember() throws Exception {
        long street = regionOf("street");
        Long member = jdbc.queryForObject("""
                select min(m.id) from party_member m join party_org o on o.id = m.party_org_id
                where o.street_id = ? and m.status = 'PROBATIONARY'
                  and exists (select 1 from member_step s where s.member_id = m.id and s.voided_at is null
                              and s.approval_state in ('NONE', 'APPROVED'))
                  and exists (select 1 from dues_payment p where p.member_id = m.id and p.voided_at is null)""",
                Long.class, street);
        assertThat(member).isNotNull();
        long steps = jdbc.queryForObject("""
                select count(*) from member_step where member_id = ? and voided_at is null
                  and approval_state in ('NONE', 'APPROVED')""", Long.class, member);
        long payments = jdbc.queryForObject(
                "select count(*) from dues_payment where member_id = ? and voided_at is null", Long.class, member);
        long history = jdbc.queryForObject("select count(*) from member_history where member_id = ?", Long.class,
                member);

        String html = mvc.perform(get("/members/{id}", member).with(as("street"))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();

        String table = section(html, "table", "member-history");
        assertThat(count(table, "timeline-development")).isEqualTo(steps);
        assertThat(count(table, "timeline-dues")).isEqualTo(payments);
        assertThat(count(table, "timeline-history")).isEqualTo(history);
        assertThat(table).contains("/members/" + member + "/dues", "/members/" + member + "/development");
        List<LocalDate> days = new ArrayList<>();
        Matcher m = Pattern.compile("<tr class=\"timeline-[a-z]+\">\\s*<td>(\\d{4}-\\d{2}-\\d{2})</td>").matcher(table);
        while (m.find()) {
            days.add(LocalDate.parse(m.group(1)));
        }
        assertThat(days).hasSize((int) (steps + payments + history)).isSorted();
    }

    @Test
    void shouldShowEachStepOfAMembersTransfersWhenOpeningMember() throws Exception {
        Long member = jdbc.queryForObject("""
                select min(t.member_id) from member_transfer t join party_org o on o.id = t.from_org_id
                where t.kind = 'WITHIN' and t.sent_on is not null and o.city_id is not null""", Long.class);
        assertThat(member).isNotNull();
        long steps = jdbc.queryForObject("""
                select count(sent_on) + count(received_on) + count(returned_on) from member_transfer
                where member_id = ?""", Long.class, member);

        String html = mvc.perform(get("/members/{id}", member).with(as("city"))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();

        assertThat(count(section(html, "table", "member-history"), "timeline-transfer")).isEqualTo(steps);
    }

    private static long count(String html, String cssClass) {
        return Pattern.compile("class=\"" + cssClass + "\"").matcher(html).results().count();
    }
}
