package org.grassroots.member;

import static org.assertj.core.api.Assertions.assertThat;
import static org.grassroots.member.ImportFiles.HEADINGS;
import static org.grassroots.member.ImportFiles.fullMember;
import static org.grassroots.member.ImportFiles.xlsx;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.grassroots.shared.IdNumber;
import org.grassroots.support.BulkPeopleRemoval;
import org.grassroots.support.WebIntegrationTestBase;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MvcResult;

/** The Excel import of members end to end: files built with POI, uploaded, checked, imported or cancelled. */
class MemberImportIntegrationTests extends WebIntegrationTestBase {

    private static final String USER = "community";

    private long community;
    private long branch;
    private long outBranch;

    @BeforeEach
    void findOrgs() {
        community = regionOf(USER);
        branch = branchIn(community);
        outBranch = branchIn(siblingCommunity(community));
    }

    // ---------------------------------------------------------------- good files

    @Test
    void shouldImportEveryRowOfGoodFileWithTextNumberAndDateCells() throws Exception {
        String text = freshIdNumber(BIRTH, true);
        String numeric = exactAsDouble(LocalDate.of(1986, 4, 2));
        String dates = freshIdNumber(LocalDate.of(1984, 7, 9), false);
        String branchName = jdbc.queryForObject("select name from party_org where id = ?", String.class, branch);
        long sameName = jdbc.queryForObject("select count(*) from party_org where name = ?", Long.class, branchName);
        List<Object> a = fullMember("导入甲", text, String.valueOf(branch));
        a.set(2, "男");
        a.set(3, "1985-03-15");
        List<Object> b = fullMember("导入乙", null, (double) branch);
        b.set(1, Long.parseLong(numeric));
        b.set(5, 13812345678L);
        List<Object> c = fullMember("导入丙", dates, sameName == 1 ? branchName : String.valueOf(branch));
        c.set(4, "回");
        c.set(8, "BACHELOR");
        for (int i = 11; i <= 15; i++) {
            c.set(i, LocalDate.parse((String) c.get(i)));
        }
        c.set(3, LocalDate.of(1984, 7, 9));
        long before = memberCount();

        String job = upload(xlsx(HEADINGS, List.of(a, b, c)), USER);
        String report = awaitChecked(job, USER);
        assertThat(textOf(report, "count-valid")).isEqualTo("3");
        assertThat(textOf(report, "count-invalid")).isEqualTo("0");
        assertThat(tableRows(report, "problem-list")).isEmpty();
        commit(job, USER);
        String done = await(job, USER, "DONE");
        assertThat(textOf(done, "count-inserted")).isEqualTo("3");

        assertThat(memberCount()).isEqualTo(before + 3);
        for (String id : List.of(text, numeric, dates)) {
            Map<String, Object> row = jdbc.queryForMap("""
                    select id, party_org_id, status, id_number_cipher, id_number_masked, birth_date, gender, phone
                    from party_member where id_number_hash = ?""", cipher.hash(id));
            assertThat(row.get("party_org_id")).isEqualTo(branch);
            assertThat(row.get("status")).isEqualTo("FULL");
            assertThat(cipher.decrypt((byte[]) row.get("id_number_cipher"))).isEqualTo(id);
            assertThat(row.get("id_number_masked")).isEqualTo(IdNumber.parse(id).orElseThrow().masked());
            assertThat(row.get("birth_date").toString())
                    .isEqualTo(IdNumber.parse(id).orElseThrow().birthDate().toString());
            long memberId = (Long) row.get("id");
            assertThat(jdbc.queryForObject("select count(*) from member_history where member_id = ? and kind = 'JOINED'",
                    Long.class, memberId)).isEqualTo(1);
            assertThat(jdbc.queryForObject("""
                    select count(*) from audit_event where action = 'CREATE' and entity_type = 'party_member'
                      and entity_id = ? and username = ?""", Long.class, memberId, USER)).isEqualTo(1);
            assertThat(jdbc.queryForObject("select summary from audit_event where action = 'CREATE' and entity_id = ?",
                    String.class, memberId)).doesNotContain(id).doesNotContain("13812345678");
        }
        assertThat(jdbc.queryForObject("select phone from party_member where id_number_hash = ?", String.class,
                cipher.hash(numeric))).isEqualTo("13812345678");
        assertThat(jdbc.queryForObject("select ethnicity from party_member where id_number_hash = ?", String.class,
                cipher.hash(dates))).isEqualTo("回族");
        assertThat(jdbc.queryForObject("select admitted_on from party_member where id_number_hash = ?",
                LocalDate.class, cipher.hash(dates))).isEqualTo(LocalDate.of(2007, 1, 15));
        assertThat(jdbc.queryForObject("""
                select count(*) from audit_event where action = 'IMPORT' and username = ? and summary like ?""",
                Long.class, USER, "job=" + job + ",%inserted=3,%")).isEqualTo(1);
    }

    @Test
    void shouldImportNothingAndReportExistingWhenSameFileComesAgain() throws Exception {
        byte[] file = xlsx(HEADINGS, List.of(fullMember("重导甲", freshIdNumber(BIRTH, true), branch + ""),
                fullMember("重导乙", freshIdNumber(BIRTH, false), branch + "")));
        String first = upload(file, USER);
        awaitChecked(first, USER);
        commit(first, USER);
        await(first, USER, "DONE");
        long members = memberCount();
        long history = jdbc.queryForObject("select count(*) from member_history", Long.class);

        String again = upload(file, USER);
        String report = awaitChecked(again, USER);
        assertThat(textOf(report, "count-valid")).isEqualTo("0");
        assertThat(textOf(report, "count-existing")).isEqualTo("2");
        assertThat(report).contains("该身份证号已有在册人员记录");
        assertThat(report).doesNotContain("id=\"import-commit\"").contains("id=\"nothing-to-import\"");
        commit(again, USER);
        assertThat(textOf(await(again, USER, "DONE"), "count-inserted")).isEqualTo("0");
        assertThat(memberCount()).isEqualTo(members);
        assertThat(jdbc.queryForObject("select count(*) from member_history", Long.class)).isEqualTo(history);
    }

    // ---------------------------------------------------------------- bad rows

    @Test
    void shouldReportEveryBadRowByNumberAndColumnAndImportOnlyGoodRowsOnRequest() throws Exception {
        String existing = freshIdNumber(BIRTH, true);
        createMember(newFullMember("已在册者", existing, branch));
        String good1 = freshIdNumber(BIRTH, false);
        String good2 = freshIdNumber(BIRTH, true);
        String twice = freshIdNumber(BIRTH, false);
        String lossy = lossyAsDouble();
        List<List<Object>> rows = new ArrayList<>();
        rows.add(fullMember("合格一", good1, branch + ""));                                     // row 2
        rows.add(fullMember("校验位错", withWrongCheckChar(freshIdNumber(BIRTH, true)), branch + "")); // row 3
        rows.add(fullMember("范围外", freshIdNumber(BIRTH, true), outBranch + ""));             // row 4
        rows.add(fullMember("重复甲", twice, branch + ""));                                     // row 5
        rows.add(fullMember("重复乙", twice, branch + ""));                                     // row 6
        rows.add(fullMember("已在册", existing, branch + ""));                                  // row 7
        List<Object> garbled = fullMember("Ã©ä¸\uFFFD", freshIdNumber(BIRTH, true), branch + ""); // row 8
        rows.add(garbled);
        List<Object> badDate = fullMember("日期错", freshIdNumber(BIRTH, true), branch + "");    // row 9
        badDate.set(14, "2007-02-30");
        rows.add(badDate);
        List<Object> order = fullMember("顺序错", freshIdNumber(BIRTH, true), branch + "");      // row 10
        order.set(15, "2006-01-01");
        rows.add(order);
        List<Object> number = fullMember("数字身份证", null, branch + "");                          // row 11
        number.set(1, Long.parseLong(lossy));
        rows.add(number);
        List<Object> status = fullMember("已退党", freshIdNumber(BIRTH, true), branch + "");     // row 12
        status.set(7, "退党");
        rows.add(status);
        List<Object> blank = fullMember(null, freshIdNumber(BIRTH, true), branch + "");        // row 13
        blank.set(8, "博士后");
        rows.add(blank);
        rows.add(fullMember("合格二", good2, branch + ""));                                     // row 14
        long before = memberCount();

        String job = upload(xlsx(HEADINGS, rows), USER);
        String report = awaitChecked(job, USER);
        assertThat(textOf(report, "count-rows")).isEqualTo("13");
        assertThat(textOf(report, "count-valid")).isEqualTo("2");
        assertThat(textOf(report, "count-existing")).isEqualTo("1");
        assertThat(textOf(report, "count-invalid")).isEqualTo("10");

        byte[] errors = mvc.perform(get("/members/import/jobs/" + job + "/errors.xlsx").with(as(USER)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        List<List<String>> lines = ImportFiles.read(errors);
        assertThat(lines.get(0)).containsExactly("行号", "姓名", "列", "问题");
        Map<String, String> byRow = lines.subList(1, lines.size()).stream()
                .collect(Collectors.toMap(l -> l.get(0) + "/" + l.get(2), l -> l.get(3), (x, y) -> x + " | " + y));
        assertThat(byRow).containsKeys("3/身份证号", "4/所属组织", "5/身份证号", "6/身份证号", "7/身份证号", "8/姓名",
                "9/入党日期", "10/转正日期", "11/身份证号", "12/人员状态", "13/姓名", "13/学历");
        assertThat(byRow.get("3/身份证号")).contains("校验位");
        assertThat(byRow.get("4/所属组织")).contains("不在您的管辖范围内");
        assertThat(byRow.get("5/身份证号")).contains("第 6 行");
        assertThat(byRow.get("6/身份证号")).contains("第 5 行");
        assertThat(byRow.get("7/身份证号")).contains("已有在册人员");
        assertThat(byRow.get("8/姓名")).contains("乱码");
        assertThat(byRow.get("9/入党日期")).contains("2007-02-30");
        assertThat(byRow.get("11/身份证号")).contains("文本格式");
        assertThat(byRow.get("13/学历")).contains("博士后");
        assertThat(byRow.keySet()).noneMatch(k -> k.startsWith("2/") || k.startsWith("14/"));
        // the page lists the same problems, by row number
        List<List<String>> shown = tableRows(report, "problem-list");
        assertThat(shown).extracting(r -> r.get(0)).contains("3", "4", "5", "6", "7", "8", "9", "10", "11", "12", "13");
        assertThat(shown.stream().filter(r -> r.get(0).equals("4")).findFirst().orElseThrow().get(2))
                .isEqualTo("所属组织");
        // nothing is stored before the user asks
        assertThat(memberCount()).isEqualTo(before);

        commit(job, USER);
        await(job, USER, "DONE");
        assertThat(memberCount()).isEqualTo(before + 2);
        assertThat(jdbc.queryForObject("select count(*) from party_member where id_number_hash in (?, ?)", Long.class,
                cipher.hash(good1), cipher.hash(good2))).isEqualTo(2);
        assertThat(jdbc.queryForObject("select count(*) from party_member where id_number_hash = ?", Long.class,
                cipher.hash(twice))).isZero();
    }

    @Test
    void shouldImportNothingWhenCancelled() throws Exception {
        String id = freshIdNumber(BIRTH, true);
        String job = upload(xlsx(HEADINGS, List.of(fullMember("取消者", id, branch + ""))), USER);
        awaitChecked(job, USER);
        mvc.perform(post("/members/import/jobs/" + job + "/cancel").with(as(USER)).with(csrf()))
                .andExpect(status().isFound()).andExpect(redirectedUrl("/members/import/upload"));
        mvc.perform(get("/members/import/jobs/" + job).with(as(USER))).andExpect(status().isNotFound());
        mvc.perform(post("/members/import/jobs/" + job + "/commit").with(as(USER)).with(csrf()))
                .andExpect(status().isNotFound());
        Thread.sleep(200);
        assertThat(jdbc.queryForObject("select count(*) from party_member where id_number_hash = ?", Long.class,
                cipher.hash(id))).isZero();
    }

    @Test
    void shouldHideJobFromAnotherUser() throws Exception {
        String id = freshIdNumber(BIRTH, true);
        String job = upload(xlsx(HEADINGS, List.of(fullMember("别人的", id, branch + ""))), USER);
        awaitChecked(job, USER);
        for (String other : List.of("street", "branch")) {
            mvc.perform(get("/members/import/jobs/" + job).with(as(other))).andExpect(status().isNotFound());
            mvc.perform(get("/members/import/jobs/" + job + "/progress").with(as(other)))
                    .andExpect(status().isNotFound());
            mvc.perform(get("/members/import/jobs/" + job + "/errors.xlsx").with(as(other)))
                    .andExpect(status().isNotFound());
            mvc.perform(post("/members/import/jobs/" + job + "/commit").with(as(other)).with(csrf()))
                    .andExpect(status().isNotFound());
            mvc.perform(post("/members/import/jobs/" + job + "/cancel").with(as(other)).with(csrf()))
                    .andExpect(status().isNotFound());
        }
        // still there for its owner, and nothing imported by the others' attempts
        mvc.perform(get("/members/import/jobs/" + job).with(as(USER))).andExpect(status().isOk());
        assertThat(jdbc.queryForObject("select count(*) from party_member where id_number_hash = ?", Long.class,
                cipher.hash(id))).isZero();
    }

    // ---------------------------------------------------------------- bad files

    @Test
    void shouldRefuseWrongFilesWithClearMessage() throws Exception {
        List<String> noId = new ArrayList<>(HEADINGS);
        noId.remove("身份证号");
        assertRefused(file("a.xlsx", xlsx(noId, List.of())), "缺少必填列：身份证号");
        List<String> extra = new ArrayList<>(HEADINGS);
        extra.add("备注");
        assertRefused(file("a.xlsx", xlsx(extra, List.of(fullMember("甲", freshIdNumber(BIRTH, true), branch + "")))),
                "无法识别的列：备注");
        List<String> twice = new ArrayList<>(HEADINGS);
        twice.add("姓名");
        assertRefused(file("a.xlsx", xlsx(twice, List.of())), "列重复出现：姓名");
        assertRefused(file("a.xlsx", xlsx(List.of("完全", "无关"), List.of())), "第一行应为列名");
        assertRefused(file("a.xlsx", xlsx(HEADINGS, List.of())), "没有人员数据行");
        assertRefused(file("people.csv", "姓名,身份证号\n".getBytes()), ".xlsx");
        assertRefused(file("a.xlsx", new byte[0]), "非空");
        assertRefused(file("a.xlsx", "not a zip at all".getBytes()), "不是有效的 .xlsx");
        byte[] big = new byte[5 * 1024 * 1024 + 1];
        ThreadLocalRandom.current().nextBytes(big);
        assertRefused(file("big.xlsx", big), "超过 5 MB");
        // an English heading row is accepted as well
        List<String> english = List.of("Name", "ID number", "Gender", "Birth date", "Ethnic group", "Mobile phone",
                "Organization", "Status", "Education", "Occupation", "Work unit", "Applied on", "Activist since",
                "Candidate since", "Admitted on", "Full member since");
        String job = upload(xlsx(english, List.of(fullMember("英文列", freshIdNumber(BIRTH, true), branch + ""))), USER);
        assertThat(textOf(awaitChecked(job, USER), "count-valid")).isEqualTo("1");
    }

    @Test
    void shouldRefuseFileWithMoreRowsThanTheSetting() throws Exception {
        List<List<Object>> rows = new ArrayList<>();
        for (int i = 0; i <= 20_000; i++) {
            rows.add(java.util.Arrays.asList("超限" + i));
        }
        assertRefused(file("many.xlsx", xlsx(HEADINGS, rows)), "超过 20000 行");
    }

    // ---------------------------------------------------------------- a large file

    @Test
    void shouldReportEveryBadRowAndStoreEveryGoodRowOfTenThousand() throws Exception {
        // an organization of its own, outside every demo reporting line, removed again at the end:
        // 8,000 more people under a demo organization would slow the meeting forms of other tests
        long bulk = jdbc.queryForObject("""
                insert into party_org (name, type, category, parent_id, region_id)
                values ('批量导入测试党委' || nextval('party_org_id_seq'), 'COMMITTEE', 'COMMUNITY', null, ?)
                returning id""", Long.class, community);
        try {
            importTenThousand(bulk);
        } finally {
            BulkPeopleRemoval.peopleOf(jdbc, bulk);
            // closing the organization marks its community for the roll-up, as deleting its people would have
            jdbc.update("update party_org set closed_on = current_date where id = ?", bulk);
            assertThat(jdbc.queryForObject("select count(*) from party_member where party_org_id = ?", Long.class,
                    bulk)).isZero();
        }
    }

    private void importTenThousand(long bulk) throws Exception {
        String prefix = String.valueOf(ThreadLocalRandom.current().nextInt(710000, 719999));
        List<List<Object>> rows = new ArrayList<>();
        List<String> goodIds = new ArrayList<>();
        List<Integer> badRows = new ArrayList<>();
        LocalDate day = LocalDate.of(1950, 1, 1);
        for (int i = 0; i < 10_000; i++) {
            String first17 = prefix + day.plusDays(i).toString().replace("-", "") + "123";
            String id = first17 + IdNumber.checkChar(first17);
            List<Object> row = fullMember("批量" + i, id, bulk + "");
            switch (i % 10) {
                case 3 -> row.set(1, withWrongCheckChar(id));
                case 7 -> row.set(6, outBranch + "");
                default -> {
                }
            }
            if (i % 10 == 3 || i % 10 == 7) {
                badRows.add(i + 2);
            } else {
                goodIds.add(id);
            }
            rows.add(row);
        }
        long before = memberCount();
        String job = upload(xlsx(HEADINGS, rows), USER);
        String report = awaitChecked(job, USER);
        assertThat(textOf(report, "count-valid")).isEqualTo(String.valueOf(goodIds.size()));
        assertThat(textOf(report, "count-invalid")).isEqualTo(String.valueOf(badRows.size()));
        // 20 problems a page, the next page goes on
        assertThat(tableRows(report, "problem-list")).hasSize(20);
        String page2 = html(mvc.perform(get("/members/import/jobs/" + job + "?page=1").with(as(USER))).andReturn());
        assertThat(tableRows(page2, "problem-list").get(0).get(0)).isEqualTo(String.valueOf(badRows.get(20)));

        byte[] errors = mvc.perform(get("/members/import/jobs/" + job + "/errors.xlsx").with(as(USER)))
                .andReturn().getResponse().getContentAsByteArray();
        List<Integer> reported = ImportFiles.read(errors).stream().skip(1).map(l -> Integer.parseInt(l.get(0)))
                .distinct().toList();
        assertThat(reported).containsExactlyElementsOf(badRows);

        commit(job, USER);
        await(job, USER, "DONE");
        assertThat(memberCount()).isEqualTo(before + goodIds.size());
        assertThat(jdbc.queryForObject("""
                select count(*) from party_member m join member_history h on h.member_id = m.id and h.kind = 'JOINED'
                where m.party_org_id = ?""", Long.class, bulk)).isEqualTo(goodIds.size());
        assertThat(jdbc.queryForObject("select count(*) from party_member where id_number_hash = any(?)",
                Long.class, (Object) goodIds.stream().map(cipher::hash).toArray(String[]::new)))
                .isEqualTo(goodIds.size());
    }

    // ---------------------------------------------------------------- the member list's export link

    @Test
    void shouldCarryListFiltersIntoExportLink() throws Exception {
        String page = html(mvc.perform(get("/members?q=王&status=FULL&orgId=" + branch + "&includeFormer=true")
                .with(as(USER))).andReturn());
        Matcher href = Pattern.compile("id=\"export-members\"[^>]*href=\"([^\"]+)\"|href=\"([^\"]+)\"[^>]*id=\"export-members\"")
                .matcher(page);
        assertThat(href.find()).isTrue();
        String link = org.springframework.web.util.HtmlUtils.htmlUnescape(href.group(1) != null ? href.group(1)
                : href.group(2));
        assertThat(link).startsWith("/members/export?").contains("status=FULL").contains("orgId=" + branch)
                .contains("includeFormer=true").contains("q=");
        assertThat(page).contains("id=\"import-members\"");
    }

    // ---------------------------------------------------------------- helpers

    private MockMultipartFile file(String name, byte[] bytes) {
        return new MockMultipartFile("file", name,
                "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", bytes);
    }

    private String upload(byte[] xlsx, String user) throws Exception {
        MvcResult result = mvc.perform(multipart("/members/import/upload").file(file("members.xlsx", xlsx))
                        .with(as(user)).with(csrf()))
                .andExpect(status().isFound())
                .andExpect(redirectedUrlPattern("/members/import/jobs/*"))
                .andReturn();
        return result.getResponse().getRedirectedUrl().substring("/members/import/jobs/".length());
    }

    private void assertRefused(MockMultipartFile file, String message) throws Exception {
        String page = html(mvc.perform(multipart("/members/import/upload").file(file).with(as(USER)).with(csrf()))
                .andExpect(status().isOk()).andReturn());
        assertThat(textOf(page, "upload-error")).contains(message);
    }

    private void commit(String job, String user) throws Exception {
        mvc.perform(post("/members/import/jobs/" + job + "/commit").with(as(user)).with(csrf()))
                .andExpect(status().isFound()).andExpect(redirectedUrl("/members/import/jobs/" + job));
    }

    private String awaitChecked(String job, String user) throws Exception {
        return await(job, user, "CHECKED");
    }

    /** Polls the progress fragment as the page does until the job reaches the state; returns the page. */
    private String await(String job, String user, String state) throws Exception {
        long until = System.currentTimeMillis() + 120_000;
        String seen = null;
        while (System.currentTimeMillis() < until) {
            String fragment = html(mvc.perform(get("/members/import/jobs/" + job + "/progress").with(as(user)))
                    .andExpect(status().isOk()).andReturn());
            Matcher m = Pattern.compile("data-state=\"(\\w+)\"").matcher(fragment);
            seen = m.find() ? m.group(1) : null;
            if (state.equals(seen)) {
                return html(mvc.perform(get("/members/import/jobs/" + job).with(as(user)))
                        .andExpect(status().isOk()).andReturn());
            }
            assertThat(seen).as("job state").isNotEqualTo("FAILED");
            Thread.sleep(50);
        }
        throw new AssertionError("job " + job + " stayed " + seen);
    }

    /** A valid ID number that a double holds exactly (a multiple of 64 near 3.3e17) and not ending in 000. */
    private String exactAsDouble(LocalDate birth) {
        for (int seq = 0; seq < 1000; seq++) {
            String first17 = "330102" + birth.toString().replace("-", "") + String.format("%03d", seq);
            String id = first17 + IdNumber.checkChar(first17);
            if (id.charAt(17) != 'X' && Long.parseLong(id) % 64 == 0 && !id.endsWith("000")
                    && jdbc.queryForObject("select count(*) from party_member where id_number_hash = ?", Long.class,
                            cipher.hash(id)) == 0) {
                return id;
            }
        }
        throw new IllegalStateException("no ID number a double holds for " + birth);
    }

    /** A valid ID number as Excel keeps it in a number cell: 15 significant digits, then zeros. */
    private String lossyAsDouble() {
        String id = freshIdNumber(BIRTH, true);
        return id.substring(0, 15) + "000";
    }
}
