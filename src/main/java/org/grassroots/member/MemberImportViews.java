package org.grassroots.member;

/** What the import pages show: plain values, so that templates read no package-private types. */
public final class MemberImportViews {

    private MemberImportViews() {
    }

    /** One problem of a checked file: row number, the name the row gives, the column, the message and its arguments. */
    public record ProblemLine(int row, String name, String columnKey, String key, Object[] args) {
    }

    /** One column of the import file, for the upload page. */
    public record ColumnLine(String labelKey, boolean required, String hintKey) {
    }
}
