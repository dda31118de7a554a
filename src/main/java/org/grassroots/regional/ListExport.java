package org.grassroots.regional;

import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.grassroots.regional.RegionalViews.Category;
import org.grassroots.regional.RegionalViews.ListRows;
import org.grassroots.regional.RegionalViews.NeedRow;
import org.grassroots.regional.RegionalViews.ProjectRow;
import org.grassroots.regional.RegionalViews.ResourceRow;
import org.grassroots.shared.TitledSheet;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * Writes the three lists (needs, resources, projects) to Excel as the page finds them: every matching
 * row, in the page's order, under a title naming the region and the search. No contact person's phone
 * is part of any of them.
 */
@Component
class ListExport {

    private static final String[] NEED_HEADERS = {"regional.need.community", "regional.category",
        "regional.need.description", "regional.need.urgency", "regional.need.raisedBy", "regional.need.raisedByKind",
        "regional.need.raisedOn", "regional.needStatus.label"};

    private static final String[] RESOURCE_HEADERS = {"regional.resource.unit", "lists.col.seat",
        "regional.resource.type", "regional.category", "regional.resource.description",
        "regional.resource.availableFrom", "regional.resource.availableTo", "regional.resource.availability",
        "lists.col.availableNow", "regional.resource.projects"};

    private static final String[] PROJECT_HEADERS = {"regional.project.name", "lists.col.origin",
        "regional.need.community", "regional.project.need", "regional.project.resources", "regional.project.owner",
        "regional.project.deadline", "regional.project.status", "regional.project.late", "lists.col.doneOn",
        "regional.project.peopleServed"};

    private final MessageSource messages;

    ListExport(MessageSource messages) {
        this.messages = messages;
    }

    void writeNeeds(ListRows<NeedRow> list, Locale locale, OutputStream out) throws IOException {
        String status = ListSearch.known(NeedStatus.class, list.search().getStatus());
        String filter = filter(list, true, "regional.needStatus", status, locale);
        try (SXSSFWorkbook book = new SXSSFWorkbook(200)) {
            Sheet sheet = open(book, "regional.needs.title", list, filter, NEED_HEADERS, locale);
            int r = TitledSheet.FIRST_DATA_ROW;
            for (NeedRow n : list.rows()) {
                Row line = sheet.createRow(r++);
                int c = 0;
                line.createCell(c++).setCellValue(n.communityName());
                line.createCell(c++).setCellValue(n.categoryName());
                line.createCell(c++).setCellValue(n.description());
                line.createCell(c++).setCellValue(msg("regional.urgency." + n.urgency().name(), locale));
                line.createCell(c++).setCellValue(text(n.raisedBy()));
                line.createCell(c++).setCellValue(msg("regional.raisedBy." + n.raisedByKind().name(), locale));
                line.createCell(c++).setCellValue(text(n.raisedOn()));
                line.createCell(c).setCellValue(msg("regional.needStatus." + n.status().name(), locale));
            }
            close(book, sheet, NEED_HEADERS.length, 2, out);
        }
    }

    void writeResources(ListRows<ResourceRow> list, Locale locale, OutputStream out) throws IOException {
        String type = ListSearch.known(ResourceType.class, list.search().getType());
        String filter = filter(list, true, "regional.resourceType", type, locale);
        try (SXSSFWorkbook book = new SXSSFWorkbook(200)) {
            Sheet sheet = open(book, "regional.resources.title", list, filter, RESOURCE_HEADERS, locale);
            int r = TitledSheet.FIRST_DATA_ROW;
            for (ResourceRow x : list.rows()) {
                Row line = sheet.createRow(r++);
                int c = 0;
                line.createCell(c++).setCellValue(x.unitName());
                line.createCell(c++).setCellValue(text(x.seatName()));
                line.createCell(c++).setCellValue(msg("regional.resourceType." + x.type().name(), locale));
                line.createCell(c++).setCellValue(x.categoryName());
                line.createCell(c++).setCellValue(x.description());
                line.createCell(c++).setCellValue(text(x.availableFrom()));
                line.createCell(c++).setCellValue(text(x.availableTo()));
                line.createCell(c++).setCellValue(text(x.availability()));
                line.createCell(c++).setCellValue(msg(x.available() ? "lists.yes" : "regional.resource.unavailable",
                        locale));
                line.createCell(c).setCellValue(x.projects());
            }
            close(book, sheet, RESOURCE_HEADERS.length, 4, out);
        }
    }

    void writeProjects(ListRows<ProjectRow> list, Locale locale, OutputStream out) throws IOException {
        String status = ListSearch.known(ProjectStatus.class, list.search().getStatus());
        String filter = filter(list, false, "regional.projectStatus", status, locale);
        try (SXSSFWorkbook book = new SXSSFWorkbook(200)) {
            Sheet sheet = open(book, "regional.projects.title", list, filter, PROJECT_HEADERS, locale);
            int r = TitledSheet.FIRST_DATA_ROW;
            for (ProjectRow p : list.rows()) {
                Row line = sheet.createRow(r++);
                int c = 0;
                line.createCell(c++).setCellValue(p.name());
                line.createCell(c++).setCellValue(msg("regional.projectOrigin." + p.origin().name(), locale));
                line.createCell(c++).setCellValue(p.communityName());
                line.createCell(c++).setCellValue(p.needDescription());
                line.createCell(c++).setCellValue(text(p.resources()));
                line.createCell(c++).setCellValue(text(p.owner()));
                line.createCell(c++).setCellValue(text(p.deadline()));
                line.createCell(c++).setCellValue(msg("regional.projectStatus." + p.status().name(), locale));
                line.createCell(c++).setCellValue(p.late() ? msg("regional.project.late", locale) : "");
                line.createCell(c++).setCellValue(text(p.doneOn()));
                if (p.peopleServed() != null) {
                    line.createCell(c).setCellValue(p.peopleServed());
                }
            }
            close(book, sheet, PROJECT_HEADERS.length, 0, out);
        }
    }

    /** The search in words: the text, the category (needs and resources) and the status or type; or "all". */
    private String filter(ListRows<?> list, boolean byCategory, String prefix, String value, Locale locale) {
        List<String> parts = new ArrayList<>();
        String q = list.search().getQ();
        if (q != null && !q.isBlank()) {
            parts.add(msg("lists.filter.q", locale, q.trim()));
        }
        String category = list.search().getCategory();
        if (byCategory && category != null && !category.isBlank()) {
            String name = list.categories().stream().filter(c -> c.code().equals(category)).map(Category::name)
                    .findFirst().orElse(category);
            parts.add(msg("lists.filter.item", locale, msg("regional.category", locale), name));
        }
        if (value != null) {
            parts.add(msg("lists.filter.item", locale, msg(prefix + ".label", locale), msg(prefix + "." + value,
                    locale)));
        }
        return parts.isEmpty() ? msg("lists.filter.none", locale)
                : String.join(msg("lists.filter.separator", locale), parts);
    }

    private Sheet open(SXSSFWorkbook book, String titleKey, ListRows<?> list, String filter, String[] headers,
            Locale locale) {
        String name = msg(titleKey, locale);
        return TitledSheet.create(book, name, msg("lists.title", locale, list.region().getName(), name, filter),
                Arrays.stream(headers).map(h -> msg(h, locale)).toList());
    }

    private static void close(SXSSFWorkbook book, Sheet sheet, int columns, int wide, OutputStream out)
            throws IOException {
        for (int i = 0; i < columns; i++) {
            sheet.setColumnWidth(i, (i == wide ? 36 : 14) * 256);
        }
        book.write(out);
        book.dispose();
    }

    private static String text(Object value) {
        return value == null ? "" : value.toString();
    }

    private String msg(String key, Locale locale, Object... args) {
        return messages.getMessage(key, args, locale);
    }
}
