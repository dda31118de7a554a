package org.grassroots.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.grassroots.support.WebIntegrationTestBase;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.test.web.servlet.MvcResult;

/** The audit trail view: each filter alone and combined, paging, the export and its own audit row. */
class AuditTrailIntegrationTests extends WebIntegrationTestBase {

    private String user;

    /** 25 rows of a fresh user: 21 UPDATE on 2024-03-10, 3 CREATE on 2024-03-12, 1 DELETE on 2024-04-01. */
    @BeforeEach
    void writeRows() {
        user = "audit-" + UUID.randomUUID().toString().substring(0, 8);
        for (int i = 0; i < 21; i++) {
            insert("2024-03-10T08:00:00Z", "UPDATE", "grid_node", 100L + i);
        }
        for (int i = 0; i < 3; i++) {
            insert("2024-03-12T08:00:00Z", "CREATE", "venue", 200L + i);
        }
        insert("2024-04-01T08:00:00Z", "DELETE", "grid_node", 300L);
    }

    private void insert(String at, String action, String entity, long id) {
        jdbc.update("insert into audit_event (occurred_at, username, action, entity_type, entity_id, summary) "
                + "values (?, ?, ?, ?, ?, ?)", Timestamp.from(Instant.parse(at)), user, action, entity, id,
                "<script>alert(1)</script> row " + id);
    }

    private List<String> ids(String query, String as) throws Exception {
        String page = html(mvc.perform(get("/audit" + query).with(as(as))).andExpect(status().isOk()).andReturn());
        List<String> found = new ArrayList<>();
        var m = java.util.regex.Pattern.compile("row (\\d+)").matcher(page);
        while (m.find()) {
            found.add(m.group(1));
        }
        return found;
    }

    @Test
    void shouldFilterByUserEntityActionAndDateAndPageByTwenty() throws Exception {
        assertThat(ids("?username=" + user, "admin")).hasSize(20).startsWith("300");
        assertThat(ids("?username=" + user + "&page=1", "admin")).hasSize(5);
        assertThat(ids("?username=" + user + "&entityType=venue", "city")).containsExactlyInAnyOrder("200", "201", "202");
        assertThat(ids("?username=" + user + "&action=DELETE", "city")).containsExactly("300");
        assertThat(ids("?username=" + user + "&entityType=grid_node&from=2024-03-11", "admin")).containsExactly("300");
        assertThat(ids("?username=" + user + "&from=2024-03-12&to=2024-03-12", "admin")).hasSize(3);
        assertThat(ids("?username=" + user + "&to=2024-03-09", "admin")).isEmpty();
    }

    @Test
    void shouldRenderSummariesEscapedAndNameABadDateOnItsField() throws Exception {
        String page = html(mvc.perform(get("/audit?username=" + user + "&from=2024-13-45&action=DELETE")
                .with(as("admin"))).andExpect(status().isOk()).andReturn());
        assertThat(page).doesNotContain("<script>alert(1)</script>").contains("&lt;script&gt;");
        assertThat(page).contains("id=\"from-error\"").contains("value=\"2024-13-45\"");
        assertThat(page).contains("row 300").doesNotContain("row 200");
        // oversized and hostile filters are refused on the field, never a 500
        String huge = "x".repeat(100_000);
        mvc.perform(get("/audit").param("username", huge).param("action", "' or 1=1 --").with(as("city")))
                .andExpect(status().isOk());
    }

    @Test
    void shouldExportTheSameFiltersAndAuditTheExport() throws Exception {
        long before = jdbc.queryForObject("select count(*) from audit_event where action = 'EXPORT' "
                + "and entity_type = 'audit_event' and username = 'city'", Long.class);
        MvcResult result = mvc.perform(get("/audit.xlsx?username=" + user + "&entityType=grid_node").with(as("city")))
                .andExpect(status().isOk()).andReturn();
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(result.getResponse().getContentAsByteArray()))) {
            Sheet sheet = book.getSheetAt(0);
            assertThat(sheet.getLastRowNum()).isEqualTo(22);
            Row first = sheet.getRow(1);
            assertThat(first.getCell(1).getStringCellValue()).isEqualTo(user);
            assertThat(first.getCell(2).getStringCellValue()).isEqualTo("DELETE");
            assertThat((long) first.getCell(4).getNumericCellValue()).isEqualTo(300L);
        }
        String summary = jdbc.queryForObject("select summary from audit_event where action = 'EXPORT' "
                + "and entity_type = 'audit_event' and username = 'city' order by id desc limit 1", String.class);
        assertThat(summary).isEqualTo("rows=22 user=" + user + " entity=grid_node");
        assertThat(jdbc.queryForObject("select count(*) from audit_event where action = 'EXPORT' "
                + "and entity_type = 'audit_event' and username = 'city'", Long.class)).isEqualTo(before + 1);
    }
}
