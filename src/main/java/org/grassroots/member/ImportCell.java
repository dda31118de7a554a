package org.grassroots.member;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;

/**
 * One cell of an import file as read: its text and what kind of cell it was. Excel dates become
 * {@code yyyy-MM-dd}, whole numbers their digits (no {@code .0}, no exponent), formulas their cached
 * result; an error cell or an unreadable date is {@link Kind#ERROR}. Nothing here throws.
 */
record ImportCell(String text, Kind kind) {

    enum Kind { BLANK, TEXT, NUMBER, DATE, ERROR }

    static final ImportCell BLANK = new ImportCell("", Kind.BLANK);

    static ImportCell text(String s) {
        return s == null || s.isBlank() ? BLANK : new ImportCell(s.strip(), Kind.TEXT);
    }

    boolean isBlank() {
        return kind == Kind.BLANK;
    }

    static ImportCell of(Cell cell) {
        if (cell == null) {
            return BLANK;
        }
        try {
            CellType type = cell.getCellType();
            if (type == CellType.FORMULA) {
                type = cell.getCachedFormulaResultType();
            }
            return switch (type) {
                case STRING -> text(cell.getStringCellValue());
                case NUMERIC -> numeric(cell);
                case BOOLEAN -> new ImportCell(String.valueOf(cell.getBooleanCellValue()), Kind.TEXT);
                case ERROR -> new ImportCell("", Kind.ERROR);
                default -> BLANK;
            };
        } catch (RuntimeException e) {
            return new ImportCell("", Kind.ERROR);
        }
    }

    private static ImportCell numeric(Cell cell) {
        double d = cell.getNumericCellValue();
        if (DateUtil.isCellDateFormatted(cell)) {
            if (!DateUtil.isValidExcelDate(d)) {
                return new ImportCell("", Kind.ERROR);
            }
            LocalDate day = cell.getLocalDateTimeCellValue().toLocalDate();
            return new ImportCell(day.toString(), Kind.DATE);
        }
        return new ImportCell(plain(d), Kind.NUMBER);
    }

    /** A number's digits: whole numbers exactly as stored, others in their shortest decimal form. */
    static String plain(double d) {
        if (Double.isNaN(d) || Double.isInfinite(d)) {
            return "";
        }
        if (d == Math.rint(d)) {
            return new BigDecimal(d).toBigInteger().toString();
        }
        return BigDecimal.valueOf(d).toPlainString();
    }
}
