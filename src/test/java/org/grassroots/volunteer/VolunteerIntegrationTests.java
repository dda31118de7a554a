package org.grassroots.volunteer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.view;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.grassroots.support.WebIntegrationTestBase;
import org.junit.jupiter.api.Test;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;

/** Volunteers, activities and hours on a real PostgreSQL: the pages, every rule and bad input, scope and totals. */
class VolunteerIntegrationTests extends WebIntegrationTestBase {

    private static final LocalDate TODAY = LocalDate.now(java.time.ZoneId.of("Asia/Shanghai"));

    // ---------------------------------------------------------------- volunteers

    @Test
    void shouldRegisterResidentAndMemberAndMaskPhonesInTheList() throws Exception {
        long community = regionOf("community");
        long resident = createVolunteer(community, resident("钱志愿", "13922223333", "2024-03-01"));
        long member = newMember(community, "孙志愿");
        MultiValueMap<String, String> form = resident("", "", "2024-03-02");
        form.set("memberId", Long.toString(member));
        form.set("skills", "法律咨询");
        long byMember = createVolunteer(community, form);

        assertThat(jdbc.queryForMap("select member_id, person_name, person_phone, left_on from volunteer where id = ?",
                resident)).containsEntry("member_id", null).containsEntry("person_name", "钱志愿")
                .containsEntry("person_phone", "13922223333").containsEntry("left_on", null);
        assertThat(jdbc.queryForObject("select member_id from volunteer where id = ?", Long.class, byMember))
                .isEqualTo(member);
        String list = html(mvc.perform(get("/regions/" + community + "/volunteers").param("q", "志愿")
                .with(as("community"))).andExpect(status().isOk()).andReturn());
        assertThat(section(list, "tr", "volunteer-" + resident)).contains("钱志愿").contains("139****3333");
        assertThat(list).doesNotContain("13922223333");
        assertThat(section(list, "tr", "volunteer-" + byMember)).contains("孙志愿");
        // search by skills finds the member, not the resident
        String bySkill = html(mvc.perform(get("/regions/" + community + "/volunteers").param("q", "法律咨询")
                .with(as("community"))).andReturn());
        assertThat(linkedIds(section(bySkill, "table", "volunteer-list"), "/volunteers/")).contains(byMember)
                .doesNotContain(resident);
        String page = html(mvc.perform(get("/volunteers/" + resident).with(as("community")))
                .andExpect(status().isOk()).andReturn());
        assertThat(textOf(page, "volunteer-phone")).isEqualTo("139****3333");
        assertThat(jdbc.queryForObject("select count(*) from audit_event where entity_type = 'volunteer' "
                + "and entity_id = ? and summary like '%1392222%'", Long.class, resident)).isZero();
    }

    @Test
    void shouldRefuseSameMemberTwiceAsCurrentVolunteerOfTheCommunity() throws Exception {
        long community = regionOf("community");
        long member = newMember(community, "周重复");
        MultiValueMap<String, String> form = resident("", "", "2024-01-05");
        form.set("memberId", Long.toString(member));
        long first = createVolunteer(community, form);
        form.set("skills", "摄影");
        String html = postForm("/regions/" + community + "/volunteers", form, "volunteer/form");
        assertThat(textOf(html, "memberId-error")).isNotBlank();
        assertThat(inputValue(html, "skills")).isEqualTo("摄影");
        assertThat(count("select count(*) from volunteer where member_id = ?", member)).isEqualTo(1);

        // once the first registration has left, the member may register again; the old row stays
        mvc.perform(post("/volunteers/" + first + "/leave").param("leftOn", TODAY.toString())
                .with(as("community")).with(csrf())).andExpect(status().isFound());
        createVolunteer(community, form);
        assertThat(count("select count(*) from volunteer where member_id = ?", member)).isEqualTo(2);
    }

    @Test
    void shouldKeepEditingMemberVolunteerWhoHasSinceMovedAway() throws Exception {
        long community = regionOf("community");
        long member = newMember(community, "秦搬走");
        MultiValueMap<String, String> form = resident("", "", "2024-01-05");
        form.set("memberId", Long.toString(member));
        long v = createVolunteer(community, form);
        jdbc.update("update party_member set party_org_id = ?, residence_community_id = null where id = ?",
                branchIn(siblingCommunity(community)), member);
        String edit = html(mvc.perform(get("/volunteers/" + v + "/edit").with(as("community")))
                .andExpect(status().isOk()).andReturn());
        assertThat(edit).containsPattern("<option value=\"" + member + "\" selected=\"selected\">秦搬走");
        form.set("skills", "驾驶");
        form.add("leftOn", "");
        form.add("version", version("volunteer", v));
        mvc.perform(post("/volunteers/" + v).params(form).with(as("community")).with(csrf()))
                .andExpect(status().isFound());
        assertThat(jdbc.queryForObject("select skills from volunteer where id = ?", String.class, v)).isEqualTo("驾驶");
        // but nobody else may register the member who moved away
        long other = createVolunteer(community, resident("占位", "13900001313", "2024-01-05"));
        MultiValueMap<String, String> swap = resident("", "", "2024-01-05");
        swap.set("memberId", Long.toString(member));
        swap.add("leftOn", "");
        swap.add("version", version("volunteer", other));
        assertThat(textOf(postForm("/volunteers/" + other, swap, "volunteer/form"), "memberId-error")).isNotBlank();
    }

    @Test
    void shouldRefuseMemberWhoIsNotOfTheCommunity() throws Exception {
        long community = regionOf("community");
        long foreign = jdbc.queryForObject("""
                select min(m.id) from party_member m join party_org o on o.id = m.party_org_id
                where o.community_id = ? and m.status = 'FULL'
                  and m.residence_community_id is distinct from ?""", Long.class,
                siblingCommunity(community), community);
        MultiValueMap<String, String> form = resident("", "", "2024-01-05");
        form.set("memberId", Long.toString(foreign));
        String html = postForm("/regions/" + community + "/volunteers", form, "volunteer/form");
        assertThat(textOf(html, "memberId-error")).isNotBlank();
        assertThat(count("select count(*) from volunteer where member_id = ? and community_id = ?", foreign,
                community)).isZero();
    }

    @Test
    void shouldKeepEveryValueOfBadVolunteerFormWithFieldErrors() throws Exception {
        long community = regionOf("community");
        long before = count("select count(*) from volunteer");
        MultiValueMap<String, String> form = resident("", "12345", "2024-02-30");
        form.set("skills", "技".repeat(201));
        String html = postForm("/regions/" + community + "/volunteers", form, "volunteer/form");
        assertThat(textOf(html, "personPhone-error")).isNotBlank();
        assertThat(textOf(html, "skills-error")).isNotBlank();
        assertThat(textOf(html, "registeredOn-error")).isNotBlank();
        assertThat(inputValue(html, "personPhone")).isEqualTo("12345");
        assertThat(inputValue(html, "registeredOn")).isEqualTo("2024-02-30");

        // no person at all, and a registration in the future
        html = postForm("/regions/" + community + "/volunteers", resident("", "", TODAY.plusDays(1).toString()),
                "volunteer/form");
        assertThat(textOf(html, "personName-error")).isNotBlank();
        assertThat(textOf(html, "personPhone-error")).isNotBlank();
        assertThat(textOf(html, "registeredOn-error")).isNotBlank();
        html = postForm("/regions/" + community + "/volunteers", resident("名".repeat(51), "13900001111", "2024-01-01"),
                "volunteer/form");
        assertThat(textOf(html, "personName-error")).isNotBlank();
        assertThat(count("select count(*) from volunteer")).isEqualTo(before);
    }

    @Test
    void shouldLeaveOnADayAndRefuseDaysOutOfOrder() throws Exception {
        long community = regionOf("community");
        long v = createVolunteer(community, resident("吴离开", "13900002222", "2024-05-01"));
        long activity = createActivity(community, "离开前的活动", "2024-06-01");
        addHours(activity, v, "2");
        for (String day : List.of("2024-04-30", "2024-05-31", TODAY.plusDays(3).toString(), "abc")) {
            mvc.perform(post("/volunteers/" + v + "/leave").param("leftOn", day).with(as("community")).with(csrf()))
                    .andExpect(status().isFound()).andExpect(flash().attributeExists("error"));
            assertThat(jdbc.queryForObject("select left_on from volunteer where id = ?", LocalDate.class, v))
                    .as(day).isNull();
        }
        mvc.perform(post("/volunteers/" + v + "/leave").param("leftOn", "2024-06-01").with(as("community"))
                .with(csrf())).andExpect(status().isFound()).andExpect(flash().attribute("success", "volunteer.left.done"));
        assertThat(jdbc.queryForObject("select left_on from volunteer where id = ?", LocalDate.class, v))
                .isEqualTo(LocalDate.of(2024, 6, 1));
        // leaving again changes nothing
        mvc.perform(post("/volunteers/" + v + "/leave").param("leftOn", "2024-07-01").with(as("community"))
                .with(csrf())).andExpect(flash().attributeExists("error"));
        String current = html(mvc.perform(get("/regions/" + community + "/volunteers").with(as("community")))
                .andReturn());
        assertThat(linkedIds(section(current, "table", "volunteer-list"), "/volunteers/")).doesNotContain(v);
        String left = html(mvc.perform(get("/regions/" + community + "/volunteers").param("filter", "LEFT")
                .param("q", "吴离开").with(as("community"))).andReturn());
        assertThat(linkedIds(section(left, "table", "volunteer-list"), "/volunteers/")).containsExactly(v);
    }

    @Test
    void shouldRefuseEditsThatLeaveHoursOutsideTheRegistration() throws Exception {
        long community = regionOf("community");
        long v = createVolunteer(community, resident("郑改期", "13900003333", "2024-03-01"));
        long activity = createActivity(community, "改期活动", "2024-04-10");
        addHours(activity, v, "3");
        MultiValueMap<String, String> edit = resident("郑改期", "13900003333", "2024-05-01");
        edit.add("leftOn", "");
        edit.add("version", version("volunteer", v));
        String html = postForm("/volunteers/" + v, edit, "volunteer/form");
        assertThat(textOf(html, "registeredOn-error")).isNotBlank();
        edit.set("registeredOn", "2024-03-01");
        edit.set("leftOn", "2024-04-01");
        html = postForm("/volunteers/" + v, edit, "volunteer/form");
        assertThat(textOf(html, "leftOn-error")).isNotBlank();
        edit.set("leftOn", "2024-02-01");
        html = postForm("/volunteers/" + v, edit, "volunteer/form");
        assertThat(textOf(html, "leftOn-error")).isNotBlank();
        assertThat(jdbc.queryForObject("select registered_on from volunteer where id = ?", LocalDate.class, v))
                .isEqualTo(LocalDate.of(2024, 3, 1));

        // moving the activity before the registration is refused as well
        MultiValueMap<String, String> moved = activity("改期活动", "2024-02-20");
        moved.add("version", version("volunteer_activity", activity));
        html = postForm("/volunteer-activities/" + activity, moved, "volunteer/activity-form");
        assertThat(textOf(html, "heldOn-error")).contains("郑改期");
        assertThat(inputValue(html, "heldOn")).isEqualTo("2024-02-20");
        moved.set("heldOn", "2024-04-20");
        mvc.perform(post("/volunteer-activities/" + activity).params(moved).with(as("community")).with(csrf()))
                .andExpect(status().isFound());
        assertThat(jdbc.queryForObject("select held_on from volunteer_activity where id = ?", LocalDate.class,
                activity)).isEqualTo(LocalDate.of(2024, 4, 20));
    }

    @Test
    void shouldShowConflictWhenVolunteerOrActivityChangedSinceFormOpened() throws Exception {
        long community = regionOf("community");
        long v = createVolunteer(community, resident("冯冲突", "13900004444", "2024-01-01"));
        String stale = version("volunteer", v);
        jdbc.update("update volunteer set skills = '别人改的', version = version + 1 where id = ?", v);
        MultiValueMap<String, String> edit = resident("冯冲突", "13900004444", "2024-01-01");
        edit.set("skills", "我改的");
        edit.add("version", stale);
        String html = postForm("/volunteers/" + v, edit, "volunteer/form");
        assertThat(textOf(html, "conflict")).contains("别人改的");
        assertThat(inputValue(html, "skills")).isEqualTo("我改的");
        assertThat(inputValue(html, "version")).isEqualTo(Long.toString(Long.parseLong(stale) + 1));
        assertThat(jdbc.queryForObject("select skills from volunteer where id = ?", String.class, v))
                .isEqualTo("别人改的");

        long activity = createActivity(community, "冲突活动", "2024-02-01");
        String staleActivity = version("volunteer_activity", activity);
        jdbc.update("update volunteer_activity set title = '别人的标题', version = version + 1 where id = ?", activity);
        MultiValueMap<String, String> form = activity("我的标题", "2024-02-01");
        form.add("version", staleActivity);
        html = postForm("/volunteer-activities/" + activity, form, "volunteer/activity-form");
        assertThat(textOf(html, "conflict")).contains("别人的标题");
        assertThat(inputValue(html, "title")).isEqualTo("我的标题");
    }

    // ---------------------------------------------------------------- activities and hours

    @Test
    void shouldRecordHoursAndRefuseEveryBadAmount() throws Exception {
        long community = regionOf("community");
        long v = createVolunteer(community, resident("陈时长", "13900005555", "2024-01-01"));
        long activity = createActivity(community, "时长活动", "2024-08-08");
        for (String bad : List.of("0", "-1", "24.5", "abc", "1.25", "")) {
            String html = postHours(activity, Long.toString(v), bad);
            assertThat(textOf(html, "hours-error")).as(bad).isNotBlank();
            assertThat(inputValue(html, "hours")).as(bad).isEqualTo(bad.equals("abc") ? "" : bad);
        }
        assertThat(count("select count(*) from volunteer_hours where activity_id = ?", activity)).isZero();
        addHours(activity, v, "24");
        assertThat(hoursOf(activity, v)).isEqualByComparingTo("24");
        // recording again replaces the figure
        addHours(activity, v, "2.5");
        assertThat(hoursOf(activity, v)).isEqualByComparingTo("2.5");
        String page = html(mvc.perform(get("/volunteer-activities/" + activity).with(as("community")))
                .andExpect(status().isOk()).andReturn());
        assertThat(section(page, "tr", "hours-" + v)).contains("陈时长").contains("139****5555").contains("2.5");
        assertThat(textOf(page, "activity-total-hours")).isEqualTo("2.5");
        mvc.perform(post("/volunteer-activities/" + activity + "/hours/" + v + "/delete").with(as("community"))
                .with(csrf())).andExpect(status().isFound());
        assertThat(count("select count(*) from volunteer_hours where activity_id = ?", activity)).isZero();
    }

    @Test
    void shouldRefuseMoreThanTwentyFourHoursOnOneDay() throws Exception {
        long community = regionOf("community");
        long v = createVolunteer(community, resident("褚一天", "13900006666", "2024-01-01"));
        long morning = createActivity(community, "上午活动", "2024-09-09");
        long evening = createActivity(community, "晚上活动", "2024-09-09");
        long nextDay = createActivity(community, "次日活动", "2024-09-10");
        addHours(morning, v, "20");
        String html = postHours(evening, Long.toString(v), "4.5");
        assertThat(textOf(html, "hours-error")).isNotBlank();
        assertThat(inputValue(html, "hours")).isEqualTo("4.5");
        addHours(evening, v, "4");
        addHours(nextDay, v, "20");
        // moving the next day's activity onto the same day would make 44 hours
        MultiValueMap<String, String> moved = activity("次日活动", "2024-09-09");
        moved.add("version", version("volunteer_activity", nextDay));
        html = postForm("/volunteer-activities/" + nextDay, moved, "volunteer/activity-form");
        assertThat(textOf(html, "heldOn-error")).contains("褚一天");
    }

    @Test
    void shouldRefuseHoursOutsideTheVolunteersRegistrationOrCommunity() throws Exception {
        long community = regionOf("community");
        long early = createActivity(community, "登记前的活动", "2024-02-01");
        long late = createActivity(community, "退出后的活动", "2024-12-01");
        long v = createVolunteer(community, resident("卫窗口", "13900007777", "2024-03-01"));
        mvc.perform(post("/volunteers/" + v + "/leave").param("leftOn", "2024-11-30").with(as("community"))
                .with(csrf())).andExpect(flash().attributeExists("success"));
        assertThat(textOf(postHours(early, Long.toString(v), "2"), "volunteerId-error")).isNotBlank();
        assertThat(textOf(postHours(late, Long.toString(v), "2"), "volunteerId-error")).isNotBlank();

        long other = jdbc.queryForObject("select min(id) from volunteer where community_id = ?", Long.class,
                siblingCommunity(community));
        assertThat(textOf(postHours(early, Long.toString(other), "2"), "volunteerId-error")).isNotBlank();
        assertThat(textOf(postHours(early, "abc", "2"), "volunteerId-error")).isNotBlank();
        assertThat(textOf(postHours(early, "", "2"), "volunteerId-error")).isNotBlank();

        long future = createActivity(community, "尚未举行的活动", TODAY.plusDays(5).toString());
        long current = createVolunteer(community, resident("蒋未来", "13900008888", "2024-01-01"));
        assertThat(textOf(postHours(future, Long.toString(current), "2"), "hours-error")).isNotBlank();
        assertThat(count("select count(*) from volunteer_hours where activity_id in (?, ?, ?)", early, late, future))
                .isZero();
    }

    @Test
    void shouldKeepEveryValueOfBadActivityForm() throws Exception {
        long community = regionOf("community");
        MultiValueMap<String, String> form = activity("", "2024-13-01");
        form.set("place", "地".repeat(201));
        form.set("description", "长".repeat(2001));
        String html = postForm("/regions/" + community + "/volunteer-activities", form, "volunteer/activity-form");
        assertThat(textOf(html, "title-error")).isNotBlank();
        assertThat(textOf(html, "heldOn-error")).isNotBlank();
        assertThat(textOf(html, "place-error")).isNotBlank();
        assertThat(textOf(html, "description-error")).isNotBlank();
        assertThat(inputValue(html, "heldOn")).isEqualTo("2024-13-01");
        form = activity("标".repeat(201), "2024-01-01");
        html = postForm("/regions/" + community + "/volunteer-activities", form, "volunteer/activity-form");
        assertThat(textOf(html, "title-error")).isNotBlank();
    }

    @Test
    void shouldListActivitiesOfAYearWithTheirHours() throws Exception {
        long community = regionOf("community");
        long v = createVolunteer(community, resident("沈列表", "13900009999", "2020-01-01"));
        long activity = createActivity(community, "二〇二一年的活动", "2021-05-05");
        addHours(activity, v, "3.5");
        String html = html(mvc.perform(get("/regions/" + community + "/volunteer-activities").param("year", "2021")
                .with(as("community"))).andExpect(status().isOk()).andReturn());
        assertThat(section(html, "tr", "activity-" + activity)).contains("二〇二一年的活动").contains("3.5");
        String street = html(mvc.perform(get("/regions/" + regionOf("street") + "/volunteer-activities")
                .param("year", "2021").with(as("street"))).andExpect(status().isOk()).andReturn());
        assertThat(linkedIds(section(street, "table", "activity-list"), "/volunteer-activities/")).contains(activity);
        String thisYear = html(mvc.perform(get("/regions/" + community + "/volunteer-activities")
                .param("year", "x").with(as("community"))).andExpect(status().isOk()).andReturn());
        assertThat(linkedIds(section(thisYear, "table", "activity-list"), "/volunteer-activities/"))
                .doesNotContain(activity);
    }

    // ---------------------------------------------------------------- scope

    @Test
    void shouldAnswer404OutsideTheScope() throws Exception {
        long community = regionOf("community");
        long sibling = siblingCommunity(community);
        long v = jdbc.queryForObject("select min(id) from volunteer where community_id = ?", Long.class, sibling);
        long a = jdbc.queryForObject("select min(id) from volunteer_activity where community_id = ?", Long.class,
                sibling);
        for (String url : List.of("/volunteers/" + v, "/volunteers/" + v + "/edit", "/volunteer-activities/" + a,
                "/volunteer-activities/" + a + "/edit", "/regions/" + sibling + "/volunteers",
                "/regions/" + sibling + "/volunteers/new", "/regions/" + sibling + "/volunteer-activities")) {
            mvc.perform(get(url).with(as("community"))).andExpect(status().isNotFound());
            mvc.perform(get(url).with(as("branch"))).andExpect(status().isNotFound());
        }
        mvc.perform(post("/volunteers/" + v + "/leave").with(as("community")).with(csrf()))
                .andExpect(status().isNotFound());
        mvc.perform(post("/regions/" + sibling + "/volunteers").params(resident("越界", "13911110000", "2024-01-01"))
                .with(as("community")).with(csrf())).andExpect(status().isNotFound());
        mvc.perform(post("/volunteer-activities/" + a + "/hours").param("volunteerId", Long.toString(v))
                .param("hours", "1").with(as("community")).with(csrf())).andExpect(status().isNotFound());
        assertThat(jdbc.queryForObject("select left_on from volunteer where id = ?", LocalDate.class, v)).isNull();
        // a street is not a community: no volunteer is registered there
        mvc.perform(get("/regions/" + regionOf("street") + "/volunteers/new").with(as("street")))
                .andExpect(status().isNotFound());
        mvc.perform(get("/regions/" + community + "/volunteers/new").with(as("district")))
                .andExpect(status().isForbidden());
        mvc.perform(get("/volunteers/" + v).with(as("street"))).andExpect(status().isOk());
    }

    // ---------------------------------------------------------------- totals

    @Test
    void shouldSumStreetVolunteersAsTheTablesSay() throws Exception {
        long street = regionOf("street");
        String html = html(mvc.perform(get("/regions/" + street + "/volunteers").with(as("street")))
                .andExpect(status().isOk()).andReturn());
        List<Long> communities = jdbc.queryForList("select id from region where parent_id = ? order by code",
                Long.class, street);
        List<List<String>> rows = tableRows(html, "volunteer-summary").stream().filter(r -> !r.isEmpty()).toList();
        assertThat(rows).hasSize(communities.size());
        int q = (TODAY.getMonthValue() - 1) / 3;
        LocalDate quarterStart = LocalDate.of(TODAY.getYear(), q * 3 + 1, 1);
        LocalDate yearStart = TODAY.withDayOfYear(1);
        long sumCurrent = 0;
        for (int i = 0; i < communities.size(); i++) {
            long c = communities.get(i);
            List<String> row = rows.get(i);
            long current = count("select count(*) from volunteer where community_id = ? and left_on is null", c);
            long activities = count("select count(*) from volunteer_activity where community_id = ? "
                    + "and extract(year from held_on) = extract(year from current_date)", c);
            BigDecimal year = hours(c, yearStart, yearStart.plusYears(1).minusDays(1));
            BigDecimal quarter = hours(c, quarterStart, quarterStart.plusMonths(3).minusDays(1));
            assertThat(row.get(1)).as("community %d", c).isEqualTo(Long.toString(current));
            assertThat(row.get(2)).isEqualTo(Long.toString(activities));
            assertThat(new BigDecimal(row.get(3))).isEqualByComparingTo(year);
            assertThat(new BigDecimal(row.get(4))).isEqualByComparingTo(quarter);
            sumCurrent += current;
        }
        assertThat(textOf(html, "volunteer-summary-total").split(" ")[1]).isEqualTo(Long.toString(sumCurrent));
        assertThat(sumCurrent).isPositive();
    }

    @Test
    void shouldMoveTheQuarterFiguresByTheHoursRecorded() throws Exception {
        long community = regionOf("community");
        long v = createVolunteer(community, resident("韩季度", "13900001212", "2020-01-01"));
        String before = html(mvc.perform(get("/regions/" + community + "/volunteers").with(as("community")))
                .andReturn());
        List<String> was = tableRows(before, "volunteer-summary").get(0);
        long activity = createActivity(community, "本季度的活动", TODAY.toString());
        addHours(activity, v, "7.5");
        String after = html(mvc.perform(get("/regions/" + community + "/volunteers").with(as("community")))
                .andReturn());
        List<String> now = tableRows(after, "volunteer-summary").get(0);
        assertThat(Long.parseLong(now.get(1))).isEqualTo(Long.parseLong(was.get(1)));
        assertThat(Long.parseLong(now.get(2))).isEqualTo(Long.parseLong(was.get(2)) + 1);
        assertThat(new BigDecimal(now.get(3)).subtract(new BigDecimal(was.get(3)))).isEqualByComparingTo("7.5");
        assertThat(new BigDecimal(now.get(4)).subtract(new BigDecimal(was.get(4)))).isEqualByComparingTo("7.5");
        String list = html(mvc.perform(get("/regions/" + community + "/volunteers").param("q", "韩季度")
                .with(as("community"))).andReturn());
        assertThat(tableRows(list, "volunteer-list").get(0)).last().isEqualTo("7.5");
    }

    // ---------------------------------------------------------------- demo data

    @Test
    void shouldGiveEveryDemoCommunityVolunteersActivitiesAndHours() {
        long mine = regionOf("community");
        assertThat(count("""
                select count(*) from region c where c.level = 'COMMUNITY' and c.id <> ?
                  and (select count(*) from volunteer v where v.community_id = c.id) not between 8 and 25""", mine))
                .isZero();
        assertThat(count("""
                select count(*) from region c where c.level = 'COMMUNITY' and c.id <> ?
                  and (select count(*) from volunteer_activity a where a.community_id = c.id
                       and extract(year from a.held_on) = extract(year from current_date)) not between 4 and 12""",
                mine)).isZero();
        assertThat(count("select count(*) from volunteer where member_id is not null and community_id <> ?", mine))
                .isPositive();
        assertThat(count("select count(*) from volunteer where member_id is null and community_id <> ?", mine))
                .isPositive();
        assertThat(count("select count(*) from volunteer where left_on is not null and community_id <> ?", mine))
                .isPositive();
        // every demo hour respects the rules the forms enforce
        assertThat(count("""
                select count(*) from volunteer_hours h join volunteer v on v.id = h.volunteer_id
                join volunteer_activity a on a.id = h.activity_id
                where v.community_id <> ? and (a.community_id <> v.community_id or v.registered_on > a.held_on
                   or v.left_on < a.held_on or a.held_on > current_date)""", mine)).isZero();
        assertThat(count("""
                select count(*) from (select h.volunteer_id, a.held_on from volunteer_hours h
                    join volunteer_activity a on a.id = h.activity_id where a.community_id <> ?
                    group by 1, 2 having sum(h.hours) > 24) x""", mine)).isZero();
        assertThat(count("select count(*) from volunteer_hours h join volunteer_activity a on a.id = h.activity_id "
                + "where a.community_id <> ?", mine)).isPositive();
    }

    // ---------------------------------------------------------------- helpers

    private BigDecimal hours(long community, LocalDate from, LocalDate to) {
        return jdbc.queryForObject("""
                select coalesce(sum(h.hours), 0) from volunteer_hours h join volunteer_activity a on a.id = h.activity_id
                where a.community_id = ? and a.held_on between ? and ?""", BigDecimal.class, community, from, to);
    }

    private long count(String sql, Object... args) {
        return jdbc.queryForObject(sql, Long.class, args);
    }

    private String version(String table, long id) {
        return jdbc.queryForObject("select version from " + table + " where id = ?", Long.class, id).toString();
    }

    private BigDecimal hoursOf(long activity, long volunteer) {
        return jdbc.queryForObject("select hours from volunteer_hours where activity_id = ? and volunteer_id = ?",
                BigDecimal.class, activity, volunteer);
    }

    private long newMember(long community, String name) throws Exception {
        return createMember(newFullMember(name, freshIdNumber(BIRTH, true), branchIn(community)));
    }

    private static MultiValueMap<String, String> resident(String name, String phone, String registeredOn) {
        MultiValueMap<String, String> form = new LinkedMultiValueMap<>();
        form.add("memberId", "");
        form.add("personName", name);
        form.add("personPhone", phone);
        form.add("skills", "");
        form.add("registeredOn", registeredOn);
        return form;
    }

    private static MultiValueMap<String, String> activity(String title, String heldOn) {
        MultiValueMap<String, String> form = new LinkedMultiValueMap<>();
        form.add("title", title);
        form.add("heldOn", heldOn);
        form.add("place", "");
        form.add("description", "");
        return form;
    }

    private long createVolunteer(long community, MultiValueMap<String, String> form) throws Exception {
        return created(post("/regions/" + community + "/volunteers").params(form), "/volunteers/");
    }

    private long createActivity(long community, String title, String heldOn) throws Exception {
        return created(post("/regions/" + community + "/volunteer-activities").params(activity(title, heldOn)),
                "/volunteer-activities/");
    }

    private long created(org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder request,
            String prefix) throws Exception {
        MvcResult result = mvc.perform(request.with(as("community")).with(csrf())).andReturn();
        assertThat(result.getResponse().getStatus()).as(html(result)).isEqualTo(302);
        assertThat(result.getResponse().getRedirectedUrl()).startsWith(prefix);
        return Long.parseLong(result.getResponse().getRedirectedUrl().substring(prefix.length()));
    }

    private void addHours(long activity, long volunteer, String hours) throws Exception {
        MvcResult result = mvc.perform(post("/volunteer-activities/" + activity + "/hours")
                .param("volunteerId", Long.toString(volunteer)).param("hours", hours)
                .with(as("community")).with(csrf())).andReturn();
        assertThat(result.getResponse().getStatus()).as(html(result)).isEqualTo(302);
    }

    private String postHours(long activity, String volunteer, String hours) throws Exception {
        return postForm("/volunteer-activities/" + activity + "/hours",
                new LinkedMultiValueMap<>(java.util.Map.of("volunteerId", List.of(volunteer), "hours", List.of(hours))),
                "volunteer/activity");
    }

    private String postForm(String url, MultiValueMap<String, String> form, String viewName) throws Exception {
        return html(mvc.perform(post(url).params(form).with(as("community")).with(csrf()))
                .andExpect(status().isOk()).andExpect(view().name(viewName)).andReturn());
    }
}
