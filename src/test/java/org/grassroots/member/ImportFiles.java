package org.grassroots.member;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/** Import files built with POI for the tests: text, number and date cells as a user's Excel would hold them. */
final class ImportFiles {

    /** The template's headings, in its order. */
    static final List<String> HEADINGS = List.of("姓名", "身份证号", "性别", "出生日期", "民族", "手机号码", "所属组织",
            "人员状态", "学历", "职业类别", "工作单位", "申请入党日期", "确定积极分子日期", "确定发展对象日期", "入党日期", "转正日期");

    private ImportFiles() {
    }

    /** A full member born 1985-03-15 (the ID's birth date is not checked here), every column filled as text. */
    static List<Object> fullMember(String name, String idNumber, Object org) {
        return new ArrayList<>(Arrays.asList(name, idNumber, null, null, "汉族", "13912345678", org, "正式党员",
                "大学本科", "企业在职", "滨江测试科技有限公司", "2005-01-10", "2005-06-01", "2006-07-01", "2007-01-15",
                "2008-01-20"));
    }

    /** Strings become text cells, numbers number cells, LocalDates date-formatted number cells, null no cell. */
    static byte[] xlsx(List<String> headings, List<List<Object>> rows) {
        try (SXSSFWorkbook book = new SXSSFWorkbook(500)) {
            CellStyle date = book.createCellStyle();
            date.setDataFormat(book.createDataFormat().getFormat("yyyy-mm-dd"));
            Sheet sheet = book.createSheet("人员信息");
            Row heading = sheet.createRow(0);
            for (int i = 0; i < headings.size(); i++) {
                heading.createCell(i).setCellValue(headings.get(i));
            }
            for (int r = 0; r < rows.size(); r++) {
                Row row = sheet.createRow(r + 1);
                List<Object> values = rows.get(r);
                for (int i = 0; i < values.size(); i++) {
                    Object v = values.get(i);
                    if (v == null) {
                        continue;
                    }
                    Cell cell = row.createCell(i);
                    if (v instanceof Number n) {
                        cell.setCellValue(n.doubleValue());
                    } else if (v instanceof LocalDate d) {
                        cell.setCellValue(d);
                        cell.setCellStyle(date);
                    } else {
                        cell.setCellValue(v.toString());
                    }
                }
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            book.write(out);
            book.dispose();
            return out.toByteArray();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** The cells of the first sheet as text, row by row (heading included). */
    static List<List<String>> read(byte[] xlsx) throws IOException {
        List<List<String>> rows = new ArrayList<>();
        try (Workbook book = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            for (Row row : book.getSheetAt(0)) {
                List<String> cells = new ArrayList<>();
                for (int i = 0; i < row.getLastCellNum(); i++) {
                    cells.add(ImportCell.of(row.getCell(i)).text());
                }
                rows.add(cells);
            }
        }
        return rows;
    }
}
