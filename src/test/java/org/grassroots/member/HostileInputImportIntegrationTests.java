package org.grassroots.member;

import static org.assertj.core.api.Assertions.assertThat;
import static org.grassroots.member.ImportFiles.HEADINGS;
import static org.grassroots.member.ImportFiles.fullMember;
import static org.grassroots.member.ImportFiles.xlsx;
import static org.grassroots.support.HostileInput.ATTRIBUTE;
import static org.grassroots.support.HostileInput.SCRIPT;
import static org.grassroots.support.HostileInput.SQL;
import static org.grassroots.support.HostileInput.unescaped;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.grassroots.support.WebIntegrationTestBase;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockMultipartFile;

/**
 * The member import fed hostile files: cells holding SQL, script and attribute payloads, text that
 * looks like a formula, a real formula, oversized text, and files that are no workbook at all. Rows
 * are imported verbatim or reported; the report page escapes everything; the report workbook holds
 * text cells only; a bad file gets a clear message, never a 500.
 */
class HostileInputImportIntegrationTests extends WebIntegrationTestBase {

    private static final String USER = "community";
    private static final String HYPERLINK = "=HYPERLINK(\"http://evil.example/\",\"点我\")";
    private static final String DDE = "=cmd|' /C calc'!A0";
    private static final Pattern JOB = Pattern.compile("/members/import/jobs/([A-Za-z0-9-]+)");

    @Test
    void shouldImportHostileCellsVerbatimOrReportThemAndNeverEmitAFormula() throws Exception {
        // an organization of its own, so that no other test meets these names in its lists; removed at the end
        long org = jdbc.queryForObject("""
                insert into party_org (name, type, category, parent_id, region_id)
                values ('恶意导入测试党委' || nextval('party_org_id_seq'), 'COMMITTEE', 'COMMUNITY', null, ?)
                returning id""", Long.class, regionOf(USER));
        try {
            importHostileCells(org);
        } finally {
            jdbc.update("delete from member_history where member_id in (select id from party_member where party_org_id = ?)",
                    org);
            jdbc.update("delete from party_member where party_org_id = ?", org);
            jdbc.update("update party_org set closed_on = current_date where id = ?", org);
        }
    }

    private void importHostileCells(long branch) throws Exception {
        List<String> ids = new ArrayList<>();
        List<List<Object>> rows = new ArrayList<>();
        for (int i = 0; i < 9; i++) {
            String id = freshIdNumber(BIRTH, i % 2 == 0);
            while (ids.contains(id)) {
                id = freshIdNumber(BIRTH, i % 2 == 0);
            }
            ids.add(id);
            rows.add(fullMember("恶意" + i, id, String.valueOf(branch)));
        }
        rows.get(0).set(0, SQL);                                     // row 2: stored verbatim
        rows.get(1).set(0, SCRIPT);                                  // row 3: stored verbatim
        rows.get(2).set(0, ATTRIBUTE);                               // row 4: stored verbatim
        rows.get(3).set(0, HYPERLINK);                               // row 5: formula-like text, verbatim
        rows.get(4).set(10, DDE);                                    // row 6: formula-like text, verbatim
        rows.get(5).set(0, "长".repeat(32_767));                     // row 7: the largest cell Excel holds
        rows.get(6).set(10, SCRIPT + "长".repeat(200));              // row 8: too long
        rows.get(7).set(8, SCRIPT);                                  // row 9: not a value of the column
        // row 10: a real formula cell, added below
        byte[] file = withFormula(xlsx(HEADINGS, rows), 8, 0, "HYPERLINK(\"http://evil.example/\",\"点我\")");

        String job = upload(new MockMultipartFile("file", SCRIPT + ".xlsx",
                "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", file));
        String report = await(job, "CHECKED");
        assertThat(unescaped(report)).as("the report page escapes every cell").isFalse();
        assertThat(report).contains("&lt;script&gt;");
        assertThat(rowsReported(report)).contains("7", "8", "9").doesNotContain("2", "3", "4", "5", "6");

        byte[] errors = mvc.perform(get("/members/import/jobs/" + job + "/errors.xlsx").with(as(USER)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        assertThat(formulaCells(errors)).as("formula cells in the problem report").isZero();
        List<List<String>> lines = ImportFiles.read(errors);
        assertThat(lines).anyMatch(l -> l.get(0).equals("9") && l.get(3).contains(SCRIPT));

        mvc.perform(post("/members/import/jobs/" + job + "/commit").with(as(USER)).with(csrf()))
                .andExpect(status().isFound());
        await(job, "DONE");
        assertThat(stored(ids.get(0), "name")).isEqualTo(SQL);
        assertThat(stored(ids.get(1), "name")).isEqualTo(SCRIPT);
        assertThat(stored(ids.get(2), "name")).isEqualTo(ATTRIBUTE);
        assertThat(stored(ids.get(3), "name")).isEqualTo(HYPERLINK);
        assertThat(stored(ids.get(4), "work_unit")).isEqualTo(DDE);
        for (int i = 5; i < 8; i++) {
            assertThat(stored(ids.get(i), "name")).as("row " + (i + 2)).isNull();
        }
        // the formula's cached result at most, never the formula
        assertThat(stored(ids.get(8), "name")).satisfiesAnyOf(n -> assertThat(n).isNull(),
                n -> assertThat(n).doesNotContain("HYPERLINK").doesNotStartWith("="));
        // shown escaped, and exported as text cells
        long scripted = jdbc.queryForObject("select id from party_member where id_number_hash = ?", Long.class,
                cipher.hash(ids.get(1)));
        assertThat(unescaped(html(mvc.perform(get("/members/" + scripted).with(as(USER))).andReturn()))).isFalse();
        for (String q : List.of(SCRIPT, HYPERLINK)) {
            MockHttpServletResponse list = mvc.perform(get("/members").param("q", q).with(as(USER))).andReturn()
                    .getResponse();
            assertThat(list.getStatus()).isEqualTo(200);
            assertThat(unescaped(list.getContentAsString(StandardCharsets.UTF_8))).isFalse();
            byte[] export = mvc.perform(get("/members/export").param("q", q).with(as(USER)))
                    .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
            assertThat(formulaCells(export)).as("formula cells in the member export").isZero();
        }
    }

    @Test
    void shouldRefuseFilesThatAreNoWorkbookWithAClearMessage() throws Exception {
        byte[] zip = zipOf("word/document.xml", "<w:document/>");
        byte[] xls;
        try (HSSFWorkbook old = new HSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            old.createSheet("人员信息").createRow(0).createCell(0).setCellValue("姓名");
            old.write(out);
            xls = out.toByteArray();
        }
        String unreadable = "不是有效的 .xlsx";
        assertRefused("document.xlsx", zip, unreadable);
        assertRefused("old.xlsx", xls, unreadable);
        assertRefused("scan.xlsx", "%PDF-1.4\n%âãÏÓ\n1 0 obj\n".getBytes(StandardCharsets.ISO_8859_1), unreadable);
        assertRefused(SCRIPT + ".xlsx", new byte[0], "非空");
        assertRefused("members.csv", (SQL + "," + SCRIPT + "\n").getBytes(StandardCharsets.UTF_8), ".xlsx");
        // hostile headings are named back, escaped
        List<String> headings = new ArrayList<>(HEADINGS);
        headings.addAll(List.of(SQL, SCRIPT, ATTRIBUTE));
        assertRefused("headings.xlsx", xlsx(headings, List.of(fullMember("甲", freshIdNumber(BIRTH, true), "1"))),
                "无法识别的列");
    }

    // ---------------------------------------------------------------- helpers

    private String upload(MockMultipartFile file) throws Exception {
        MockHttpServletResponse response = mvc.perform(multipart("/members/import/upload").file(file)
                .with(as(USER)).with(csrf())).andReturn().getResponse();
        assertThat(response.getStatus()).isEqualTo(302);
        Matcher m = JOB.matcher(response.getRedirectedUrl());
        assertThat(m.find()).isTrue();
        return m.group(1);
    }

    private void assertRefused(String name, byte[] bytes, String message) throws Exception {
        MockHttpServletResponse response = mvc.perform(multipart("/members/import/upload")
                .file(new MockMultipartFile("file", name, "application/octet-stream", bytes))
                .with(as(USER)).with(csrf())).andReturn().getResponse();
        String page = response.getContentAsString(StandardCharsets.UTF_8);
        assertThat(response.getStatus()).as(name).isEqualTo(200);
        assertThat(unescaped(page)).as(name + " escaped").isFalse();
        int at = page.indexOf("id=\"upload-error\"");
        assertThat(at).as(name + " has an upload error").isPositive();
        assertThat(page.substring(at, Math.min(page.length(), at + 2_000))).as(name).contains(message);
    }

    private String await(String job, String state) throws Exception {
        long until = System.currentTimeMillis() + 60_000;
        while (System.currentTimeMillis() < until) {
            String fragment = html(mvc.perform(get("/members/import/jobs/" + job + "/progress").with(as(USER)))
                    .andExpect(status().isOk()).andReturn());
            if (fragment.contains("data-state=\"" + state + "\"")) {
                return html(mvc.perform(get("/members/import/jobs/" + job).with(as(USER)))
                        .andExpect(status().isOk()).andReturn());
            }
            assertThat(fragment).doesNotContain("data-state=\"FAILED\"");
            Thread.sleep(50);
        }
        throw new AssertionError("job " + job + " never reached " + state);
    }

    /** The row numbers in the first column of the problem list. */
    private static List<String> rowsReported(String report) {
        int start = report.indexOf("id=\"problem-list\"");
        assertThat(start).isPositive();
        String table = report.substring(start, report.indexOf("</table>", start));
        List<String> rows = new ArrayList<>();
        Matcher m = Pattern.compile("<td>(\\d+)</td>").matcher(table);
        while (m.find()) {
            rows.add(m.group(1));
        }
        return rows;
    }

    private String stored(String idNumber, String column) {
        List<String> values = jdbc.queryForList("select " + column + " from party_member where id_number_hash = ?",
                String.class, cipher.hash(idNumber));
        return values.isEmpty() ? null : values.get(0);
    }

    private static long formulaCells(byte[] xlsx) throws Exception {
        long formulas = 0;
        try (Workbook book = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            for (Sheet sheet : book) {
                for (Row row : sheet) {
                    for (Cell cell : row) {
                        if (cell.getCellType() == CellType.FORMULA) {
                            formulas++;
                        }
                    }
                }
            }
        }
        return formulas;
    }

    /** The workbook with a formula cell (and its cached text) at the given data row and column. */
    private static byte[] withFormula(byte[] xlsx, int dataRow, int column, String formula) throws Exception {
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(xlsx));
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Cell cell = book.getSheetAt(0).getRow(dataRow + 1).createCell(column);
            cell.setCellFormula(formula);
            cell.setCellValue("点我");
            book.write(out);
            return out.toByteArray();
        }
    }

    private static byte[] zipOf(String entry, String content) throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            zip.putNextEntry(new ZipEntry(entry));
            zip.write(content.getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
        }
        return bytes.toByteArray();
    }
}
