package org.grassroots.member;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.grassroots.shared.IdNumber;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.context.support.ResourceBundleMessageSource;

/** One row of an import file on its own: every cell kind, every check, table by table. */
class ImportRowValidatorTests {

    private static final LocalDate TODAY = LocalDate.of(2026, 6, 15);
    private static final String ID = id("330102", "19850315", "123");
    private static final long BRANCH = 42;

    private static ImportVocabulary words;
    private static ImportRowValidator validator;

    @BeforeAll
    static void setUp() {
        ResourceBundleMessageSource messages = new ResourceBundleMessageSource();
        messages.setBasename("i18n/messages");
        messages.setDefaultEncoding("UTF-8");
        messages.setFallbackToSystemLocale(false);
        words = ImportVocabulary.of(messages);
        ImportRowValidator.OrgLookup orgs = text -> switch (text.strip()) {
            case "42", "桂花社区第一党支部" -> ImportRowValidator.Resolved.found(BRANCH);
            case "同名支部" -> ImportRowValidator.Resolved.problem("memberImport.error.orgAmbiguous");
            default -> ImportRowValidator.Resolved.problem("memberImport.error.orgNotFound");
        };
        validator = new ImportRowValidator(words, orgs, TODAY);
    }

    private static String id(String area, String birth, String seq) {
        String first17 = area + birth + seq;
        return first17 + IdNumber.checkChar(first17);
    }

    /** A valid full member, every cell text. */
    private static Map<ImportColumn, ImportCell> good() {
        Map<ImportColumn, ImportCell> row = new EnumMap<>(ImportColumn.class);
        row.put(ImportColumn.NAME, ImportCell.text("张三"));
        row.put(ImportColumn.ID_NUMBER, ImportCell.text(ID));
        row.put(ImportColumn.ETHNICITY, ImportCell.text("汉族"));
        row.put(ImportColumn.PHONE, ImportCell.text("13912345678"));
        row.put(ImportColumn.ORG, ImportCell.text("42"));
        row.put(ImportColumn.STATUS, ImportCell.text("正式党员"));
        row.put(ImportColumn.EDUCATION, ImportCell.text("大学本科"));
        row.put(ImportColumn.OCCUPATION, ImportCell.text("企业在职"));
        row.put(ImportColumn.APPLIED_ON, ImportCell.text("2005-01-10"));
        row.put(ImportColumn.ADMITTED_ON, ImportCell.text("2007-01-15"));
        row.put(ImportColumn.FULL_MEMBER_ON, ImportCell.text("2008-01-20"));
        return row;
    }

    private static ImportCell number(String digits) {
        return new ImportCell(digits, ImportCell.Kind.NUMBER);
    }

    private static ImportCell date(String iso) {
        return new ImportCell(iso, ImportCell.Kind.DATE);
    }

    static Stream<Arguments> validRows() {
        return Stream.of(
                Arguments.of("every cell text", (Consumer<Map<ImportColumn, ImportCell>>) r -> { }),
                Arguments.of("ID number as a number cell", change(ImportColumn.ID_NUMBER, number(ID))),
                Arguments.of("phone as a number cell", change(ImportColumn.PHONE, number("13912345678"))),
                Arguments.of("organization by exact name", change(ImportColumn.ORG, ImportCell.text("桂花社区第一党支部"))),
                Arguments.of("organization number as a number cell", change(ImportColumn.ORG, number("42"))),
                Arguments.of("dates as Excel dates", change(ImportColumn.ADMITTED_ON, date("2007-01-15"))),
                Arguments.of("dates with slashes", change(ImportColumn.APPLIED_ON, ImportCell.text("2005/1/10"))),
                Arguments.of("dates as yyyyMMdd numbers", change(ImportColumn.FULL_MEMBER_ON, number("20080120"))),
                Arguments.of("English labels", (Consumer<Map<ImportColumn, ImportCell>>) r -> {
                    r.put(ImportColumn.STATUS, ImportCell.text("Full member"));
                    r.put(ImportColumn.EDUCATION, ImportCell.text("BACHELOR"));
                }),
                Arguments.of("ethnic group without 族", change(ImportColumn.ETHNICITY, ImportCell.text("汉"))),
                Arguments.of("gender and birth date agreeing with the ID", (Consumer<Map<ImportColumn, ImportCell>>) r -> {
                    r.put(ImportColumn.GENDER, ImportCell.text("男"));
                    r.put(ImportColumn.BIRTH_DATE, date("1985-03-15"));
                }),
                Arguments.of("optional cells blank", (Consumer<Map<ImportColumn, ImportCell>>) r -> {
                    r.remove(ImportColumn.PHONE);
                    r.remove(ImportColumn.WORK_UNIT);
                }));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("validRows")
    void shouldAcceptRow(String what, Consumer<Map<ImportColumn, ImportCell>> change) {
        Map<ImportColumn, ImportCell> row = good();
        change.accept(row);
        ImportRowValidator.Checked checked = validator.check(7, row);
        assertThat(checked.problems()).isEmpty();
        assertThat(checked.candidate().idNumber().value()).isEqualTo(ID);
        assertThat(checked.candidate().orgId()).isEqualTo(BRANCH);
        assertThat(checked.candidate().status()).isEqualTo(MemberStatus.FULL);
        assertThat(checked.candidate().education()).isEqualTo(Education.BACHELOR);
        assertThat(checked.candidate().ethnicity()).isEqualTo("汉族");
    }

    static Stream<Arguments> badRows() {
        String wrongCheck = ID.substring(0, 17) + (ID.charAt(17) == '1' ? '2' : '1');
        return Stream.of(
                Arguments.of("name missing", change(ImportColumn.NAME, ImportCell.BLANK), ImportColumn.NAME,
                        "memberImport.error.required"),
                Arguments.of("name too long", change(ImportColumn.NAME, ImportCell.text("张".repeat(51))),
                        ImportColumn.NAME, "memberImport.error.tooLong"),
                Arguments.of("name with replacement character", change(ImportColumn.NAME, ImportCell.text("张\uFFFD")),
                        ImportColumn.NAME, "memberImport.error.garbled"),
                Arguments.of("name as UTF-8 read as Latin-1", change(ImportColumn.NAME, ImportCell.text("å¼ ä¸‰")),
                        ImportColumn.NAME, "memberImport.error.garbled"),
                Arguments.of("name with a control character", change(ImportColumn.NAME, ImportCell.text("张\u0007三")),
                        ImportColumn.NAME, "memberImport.error.garbled"),
                Arguments.of("ID check character wrong", change(ImportColumn.ID_NUMBER, ImportCell.text(wrongCheck)),
                        ImportColumn.ID_NUMBER, "memberImport.error.idNumber"),
                Arguments.of("ID too short", change(ImportColumn.ID_NUMBER, ImportCell.text("33010219850315")),
                        ImportColumn.ID_NUMBER, "memberImport.error.idNumber"),
                Arguments.of("ID with an impossible birth date",
                        change(ImportColumn.ID_NUMBER, ImportCell.text(id("330102", "19850230", "123"))),
                        ImportColumn.ID_NUMBER, "memberImport.error.idNumber"),
                Arguments.of("ID number cell cut to 15 digits",
                        change(ImportColumn.ID_NUMBER, number(ID.substring(0, 15) + "000")),
                        ImportColumn.ID_NUMBER, "memberImport.error.idNumberAsNumber"),
                Arguments.of("ID number cell wrong", change(ImportColumn.ID_NUMBER, number(wrongCheck)),
                        ImportColumn.ID_NUMBER, "memberImport.error.idNumberAsNumber"),
                Arguments.of("error cell", change(ImportColumn.ID_NUMBER, new ImportCell("", ImportCell.Kind.ERROR)),
                        ImportColumn.ID_NUMBER, "memberImport.error.unreadable"),
                Arguments.of("gender disagrees with ID", change(ImportColumn.GENDER, ImportCell.text("女")),
                        ImportColumn.GENDER, "memberImport.error.genderMismatch"),
                Arguments.of("birth date disagrees with ID", change(ImportColumn.BIRTH_DATE, date("1985-03-16")),
                        ImportColumn.BIRTH_DATE, "memberImport.error.birthMismatch"),
                Arguments.of("unknown ethnic group", change(ImportColumn.ETHNICITY, ImportCell.text("火星族")),
                        ImportColumn.ETHNICITY, "memberImport.error.unknownValue"),
                Arguments.of("bad phone", change(ImportColumn.PHONE, ImportCell.text("12345")),
                        ImportColumn.PHONE, "member.phone.invalid"),
                Arguments.of("organization unknown or out of scope", change(ImportColumn.ORG, ImportCell.text("99")),
                        ImportColumn.ORG, "memberImport.error.orgNotFound"),
                Arguments.of("organization name not unique", change(ImportColumn.ORG, ImportCell.text("同名支部")),
                        ImportColumn.ORG, "memberImport.error.orgAmbiguous"),
                Arguments.of("unknown status", change(ImportColumn.STATUS, ImportCell.text("党员")),
                        ImportColumn.STATUS, "memberImport.error.unknownValue"),
                Arguments.of("former member", change(ImportColumn.STATUS, ImportCell.text("开除党籍")),
                        ImportColumn.STATUS, "memberImport.error.statusNotCurrent"),
                Arguments.of("unknown education", change(ImportColumn.EDUCATION, ImportCell.text("博士后")),
                        ImportColumn.EDUCATION, "memberImport.error.unknownValue"),
                Arguments.of("occupation missing", change(ImportColumn.OCCUPATION, ImportCell.BLANK),
                        ImportColumn.OCCUPATION, "memberImport.error.required"),
                Arguments.of("impossible date", change(ImportColumn.ADMITTED_ON, ImportCell.text("2007-02-30")),
                        ImportColumn.ADMITTED_ON, "memberImport.error.date"),
                Arguments.of("date as words", change(ImportColumn.ADMITTED_ON, ImportCell.text("去年春天")),
                        ImportColumn.ADMITTED_ON, "memberImport.error.date"),
                Arguments.of("dates out of order", change(ImportColumn.FULL_MEMBER_ON, ImportCell.text("2006-01-01")),
                        ImportColumn.FULL_MEMBER_ON, "member.date.order"),
                Arguments.of("date in the future", change(ImportColumn.FULL_MEMBER_ON, ImportCell.text("2027-01-01")),
                        ImportColumn.FULL_MEMBER_ON, "member.date.future"),
                Arguments.of("full member without admission date", change(ImportColumn.ADMITTED_ON, ImportCell.BLANK),
                        ImportColumn.ADMITTED_ON, "member.date.requiredForStatus"),
                Arguments.of("applied before 18", change(ImportColumn.APPLIED_ON, ImportCell.text("2002-01-10")),
                        ImportColumn.APPLIED_ON, "member.appliedOn.underAge"),
                Arguments.of("work unit too long", change(ImportColumn.WORK_UNIT, ImportCell.text("单".repeat(121))),
                        ImportColumn.WORK_UNIT, "memberImport.error.tooLong"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badRows")
    void shouldReportProblemOnColumn(String what, Consumer<Map<ImportColumn, ImportCell>> change,
            ImportColumn column, String key) {
        Map<ImportColumn, ImportCell> row = good();
        change.accept(row);
        ImportRowValidator.Checked checked = validator.check(9, row);
        assertThat(checked.isValid()).isFalse();
        assertThat(checked.problems()).extracting(ImportRowValidator.Problem::row).containsOnly(9);
        assertThat(checked.problems()).anySatisfy(p -> {
            assertThat(p.column()).isEqualTo(column);
            assertThat(p.key()).isEqualTo(key);
        });
    }

    @Test
    void shouldReportEveryProblemOfOneRow() {
        Map<ImportColumn, ImportCell> row = good();
        row.put(ImportColumn.NAME, ImportCell.BLANK);
        row.put(ImportColumn.EDUCATION, ImportCell.text("?"));
        row.put(ImportColumn.ORG, ImportCell.text("99"));
        assertThat(validator.check(3, row).problems()).extracting(ImportRowValidator.Problem::column)
                .containsExactlyInAnyOrder(ImportColumn.NAME, ImportColumn.EDUCATION, ImportColumn.ORG);
    }

    @Test
    void shouldReadNumbersWithoutExponentOrFraction() {
        assertThat(ImportCell.plain(3.30102198503150144E17)).isEqualTo("330102198503150144");
        assertThat(ImportCell.plain(13912345678d)).isEqualTo("13912345678");
        assertThat(ImportCell.plain(42d)).isEqualTo("42");
        assertThat(ImportCell.plain(1.5)).isEqualTo("1.5");
        assertThat(ImportCell.plain(Double.NaN)).isEmpty();
    }

    @Test
    void shouldMatchHeadingsInEitherLanguageWithRequiredMark() {
        assertThat(words.column("身份证号 *")).contains(ImportColumn.ID_NUMBER);
        assertThat(words.column(" ID number ")).contains(ImportColumn.ID_NUMBER);
        assertThat(words.column("所在党组织")).contains(ImportColumn.ORG);
        assertThat(words.column("备注")).isEmpty();
        assertThat(List.of(ImportColumn.values())).allSatisfy(c -> assertThat(words.column(words.heading(c)))
                .contains(c));
    }

    private static Consumer<Map<ImportColumn, ImportCell>> change(ImportColumn column, ImportCell cell) {
        return r -> r.put(column, cell);
    }
}
