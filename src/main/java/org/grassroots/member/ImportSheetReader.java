package org.grassroots.member;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Reads the first sheet of an import file: the heading row names the columns (in any order), every
 * other non-empty row is a person. A file that is not an .xlsx workbook, lacks a required column,
 * has a column nobody knows, has no rows or too many is refused as a whole.
 */
final class ImportSheetReader {

    /** One row of the file: its number as Excel shows it (the heading is row 1) and its cells. */
    record RawRow(int number, Map<ImportColumn, ImportCell> cells) {
    }

    private ImportSheetReader() {
    }

    static List<RawRow> read(InputStream in, ImportVocabulary words, int maxRows) {
        try (Workbook book = open(in)) {
            if (book.getNumberOfSheets() == 0) {
                throw new ImportFileException("memberImport.file.noRows");
            }
            Sheet sheet = book.getSheetAt(0);
            Row heading = sheet.getRow(sheet.getFirstRowNum());
            if (heading == null || sheet.getPhysicalNumberOfRows() == 0) {
                throw new ImportFileException("memberImport.file.noRows");
            }
            Map<Integer, ImportColumn> layout = layout(heading, words);
            List<RawRow> rows = new ArrayList<>();
            for (int r = heading.getRowNum() + 1; r <= sheet.getLastRowNum(); r++) {
                Row row = sheet.getRow(r);
                if (row == null) {
                    continue;
                }
                Map<ImportColumn, ImportCell> cells = new EnumMap<>(ImportColumn.class);
                boolean empty = true;
                for (Map.Entry<Integer, ImportColumn> e : layout.entrySet()) {
                    ImportCell cell = ImportCell.of(row.getCell(e.getKey()));
                    cells.put(e.getValue(), cell);
                    empty &= cell.isBlank();
                }
                if (empty) {
                    continue;
                }
                if (rows.size() >= maxRows) {
                    throw new ImportFileException("memberImport.file.tooManyRows", String.valueOf(maxRows));
                }
                rows.add(new RawRow(r + 1, cells));
            }
            if (rows.isEmpty()) {
                throw new ImportFileException("memberImport.file.noRows");
            }
            return rows;
        } catch (ImportFileException e) {
            throw e;
        } catch (IOException | RuntimeException e) {
            throw new ImportFileException("memberImport.file.unreadable");
        }
    }

    private static Workbook open(InputStream in) {
        try {
            return new XSSFWorkbook(in);
        } catch (IOException | RuntimeException e) {
            // not a zip, not OOXML, an .xls renamed, a damaged or oversized part: POI throws many kinds
            throw new ImportFileException("memberImport.file.unreadable");
        }
    }

    /** Column index → column; the headings must name every required column, each once, and nothing else. */
    private static Map<Integer, ImportColumn> layout(Row heading, ImportVocabulary words) {
        Map<Integer, ImportColumn> layout = new java.util.TreeMap<>();
        Set<ImportColumn> seen = new LinkedHashSet<>();
        List<String> unknown = new ArrayList<>();
        List<ImportColumn> twice = new ArrayList<>();
        for (int i = 0; i < heading.getLastCellNum(); i++) {
            ImportCell cell = ImportCell.of(heading.getCell(i));
            if (cell.isBlank()) {
                continue;
            }
            var column = words.column(cell.text());
            if (column.isEmpty()) {
                unknown.add(ImportRowValidator.isGarbled(cell.text()) ? "?" : cell.text());
            } else if (!seen.add(column.get())) {
                twice.add(column.get());
            } else {
                layout.put(i, column.get());
            }
        }
        List<ImportColumn> missing = new ArrayList<>();
        for (ImportColumn c : ImportColumn.values()) {
            if (c.required && !seen.contains(c)) {
                missing.add(c);
            }
        }
        if (seen.isEmpty()) {
            throw new ImportFileException("memberImport.file.noHeading", words.headings(List.of(ImportColumn.values())));
        }
        String expected = words.headings(List.of(ImportColumn.values()));
        if (!missing.isEmpty()) {
            throw new ImportFileException("memberImport.file.missingColumns", words.headings(missing), expected);
        }
        if (!unknown.isEmpty()) {
            throw new ImportFileException("memberImport.file.unknownColumns", String.join("\u3001", unknown),
                    expected);
        }
        if (!twice.isEmpty()) {
            throw new ImportFileException("memberImport.file.duplicateColumns", words.headings(twice), expected);
        }
        return layout;
    }
}
