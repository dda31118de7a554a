package org.grassroots.member;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.grassroots.shared.IdNumber;

/**
 * Checks one row of an import file on its own: required cells, lengths, readable text, ID number
 * checksum, dates, coded values, the organization, and the member record rules the form applies
 * ({@link MemberRecordPolicy}). Rows against each other and against the database are the service's.
 */
final class ImportRowValidator {

    static final int MAX_NAME = 50;
    static final int MAX_WORK_UNIT = 120;
    private static final Pattern PHONE = Pattern.compile("^1[3-9]\\d{9}$|^0\\d{2,3}-?\\d{7,8}$");
    private static final Pattern DATE = Pattern.compile("(\\d{4})[-/.](\\d{1,2})[-/.](\\d{1,2})");
    /** A Latin-1 letter followed by a UTF-8 continuation byte read as Latin-1: {@code Ã©}, {@code å¼}. */
    private static final Pattern MOJIBAKE = Pattern.compile("[\\u00C0-\\u00EF][\\u0080-\\u00BF]");
    private static final Pattern COMPACT_DATE = Pattern.compile("(\\d{4})(\\d{2})(\\d{2})");
    private static final ImportColumn[] MILESTONES = {ImportColumn.APPLIED_ON, ImportColumn.ACTIVIST_ON,
        ImportColumn.CANDIDATE_ON, ImportColumn.ADMITTED_ON, ImportColumn.FULL_MEMBER_ON};

    /** Finds the organization a row names: its number, or its exact name when unique in scope. */
    interface OrgLookup {
        /** The organization's id, or the message key of why none fits. */
        Resolved resolve(String text);
    }

    record Resolved(Long orgId, String problemKey) {
        static Resolved found(long id) {
            return new Resolved(id, null);
        }

        static Resolved problem(String key) {
            return new Resolved(null, key);
        }
    }

    /** What is wrong with one cell: the row's number in the file, the column, a message key and its arguments. */
    record Problem(int row, ImportColumn column, String key, List<String> args) {
        Problem(int row, ImportColumn column, String key) {
            this(row, column, key, List.of());
        }
    }

    /** A row that passed every check of its own, ready to store. */
    record Candidate(int row, String name, IdNumber idNumber, String ethnicity, String phone, long orgId,
            MemberStatus status, Education education, Occupation occupation, String workUnit, LocalDate appliedOn,
            LocalDate activistOn, LocalDate candidateOn, LocalDate admittedOn, LocalDate fullMemberOn) {
    }

    /** The outcome for one row: a candidate when no problem was found; the ID number whenever it was readable. */
    record Checked(int row, String name, IdNumber idNumber, Candidate candidate, List<Problem> problems) {
        boolean isValid() {
            return candidate != null;
        }
    }

    private final ImportVocabulary words;
    private final OrgLookup orgs;
    private final LocalDate today;

    ImportRowValidator(ImportVocabulary words, OrgLookup orgs, LocalDate today) {
        this.words = words;
        this.orgs = orgs;
        this.today = today;
    }

    Checked check(int row, Map<ImportColumn, ImportCell> cells) {
        List<Problem> problems = new ArrayList<>();
        Map<ImportColumn, ImportCell> c = new EnumMap<>(ImportColumn.class);
        for (ImportColumn col : ImportColumn.values()) {
            ImportCell cell = cells.getOrDefault(col, ImportCell.BLANK);
            if (cell.kind() == ImportCell.Kind.ERROR) {
                problems.add(new Problem(row, col, "memberImport.error.unreadable"));
                cell = ImportCell.BLANK;
            } else if (col.required && cell.isBlank()) {
                problems.add(new Problem(row, col, "memberImport.error.required"));
            }
            c.put(col, cell);
        }
        String name = text(row, c, ImportColumn.NAME, MAX_NAME, problems);
        IdNumber idNumber = idNumber(row, c.get(ImportColumn.ID_NUMBER), problems);
        if (idNumber != null) {
            crossCheck(row, c, idNumber, problems);
        }
        String ethnicity = ethnicity(row, c.get(ImportColumn.ETHNICITY), problems);
        String phone = phone(row, c.get(ImportColumn.PHONE), problems);
        Long orgId = org(row, c.get(ImportColumn.ORG), problems);
        MemberStatus status = status(row, c.get(ImportColumn.STATUS), problems);
        Education education = coded(row, c, ImportColumn.EDUCATION, Education.class, problems);
        Occupation occupation = coded(row, c, ImportColumn.OCCUPATION, Occupation.class, problems);
        String workUnit = text(row, c, ImportColumn.WORK_UNIT, MAX_WORK_UNIT, problems);
        LocalDate[] dates = new LocalDate[MILESTONES.length];
        boolean datesRead = true;
        for (int i = 0; i < MILESTONES.length; i++) {
            ImportCell cell = c.get(MILESTONES[i]);
            if (!cell.isBlank()) {
                dates[i] = date(cell).orElse(null);
                if (dates[i] == null) {
                    problems.add(new Problem(row, MILESTONES[i], "memberImport.error.date", List.of(shown(cell.text()))));
                    datesRead = false;
                }
            }
        }
        if (idNumber != null && status != null && datesRead) {
            MemberRecordPolicy.check(idNumber.birthDate(), status, dates[0], dates[1], dates[2], dates[3], dates[4],
                    today).forEach(v -> problems.add(new Problem(row, columnOf(v.field()), v.key())));
        }
        if (!problems.isEmpty()) {
            return new Checked(row, name, idNumber, null, List.copyOf(problems));
        }
        Candidate candidate = new Candidate(row, name, idNumber, ethnicity, phone, orgId, status, education,
                occupation, workUnit, dates[0], dates[1], dates[2], dates[3], dates[4]);
        return new Checked(row, name, idNumber, candidate, List.of());
    }

    private static ImportColumn columnOf(String field) {
        ImportColumn column = ImportColumn.ofField(field);
        return column == null ? ImportColumn.STATUS : column;
    }

    /** Free text: within its length and free of control characters and of signs of a broken encoding. */
    private static String text(int row, Map<ImportColumn, ImportCell> c, ImportColumn col, int max,
            List<Problem> problems) {
        ImportCell cell = c.get(col);
        if (cell.isBlank()) {
            return null;
        }
        String s = cell.text();
        if (isGarbled(s)) {
            problems.add(new Problem(row, col, "memberImport.error.garbled"));
            return null;
        }
        if (s.codePointCount(0, s.length()) > max) {
            problems.add(new Problem(row, col, "memberImport.error.tooLong", List.of(String.valueOf(max))));
            return null;
        }
        return s;
    }

    /**
     * Control characters, the replacement character U+FFFD (what a wrong decoding leaves), lone
     * surrogates, private-use characters, and the typical marks of UTF-8 read as Latin-1 or GBK read as
     * UTF-8.
     */
    static boolean isGarbled(String s) {
        for (int i = 0; i < s.length(); i++) {
            char ch = s.charAt(i);
            if (Character.isISOControl(ch) || ch == '\uFFFD' || ch == '\uFEFF'
                    || Character.getType(ch) == Character.PRIVATE_USE) {
                return true;
            }
            if (Character.isHighSurrogate(ch)) {
                if (i + 1 >= s.length() || !Character.isLowSurrogate(s.charAt(i + 1))) {
                    return true;
                }
                i++;
            } else if (Character.isLowSurrogate(ch)) {
                return true;
            }
        }
        return MOJIBAKE.matcher(s).find();
    }

    private static IdNumber idNumber(int row, ImportCell cell, List<Problem> problems) {
        if (cell.isBlank()) {
            return null;
        }
        String raw = cell.text().replace(" ", "");
        // Excel keeps 15 significant digits: an 18-digit number typed into a number cell ends in 000 there
        boolean truncated = cell.kind() == ImportCell.Kind.NUMBER && raw.length() > 15 && raw.endsWith("000");
        Optional<IdNumber> id = truncated ? Optional.empty() : IdNumber.parse(raw);
        if (id.isPresent()) {
            return id.get();
        }
        String key = cell.kind() == ImportCell.Kind.NUMBER && raw.length() > 15
                ? "memberImport.error.idNumberAsNumber" : "memberImport.error.idNumber";
        problems.add(new Problem(row, ImportColumn.ID_NUMBER, key));
        return null;
    }

    /** Gender and birth date are taken from the ID number; when the file gives them too, they must agree. */
    private void crossCheck(int row, Map<ImportColumn, ImportCell> c, IdNumber id, List<Problem> problems) {
        ImportCell gender = c.get(ImportColumn.GENDER);
        if (!gender.isBlank()) {
            Optional<Gender> g = words.value(Gender.class, gender.text());
            if (g.isEmpty()) {
                problems.add(new Problem(row, ImportColumn.GENDER, "memberImport.error.unknownValue",
                        List.of(shown(gender.text()))));
            } else if ((g.get() == Gender.MALE) != id.isMale()) {
                problems.add(new Problem(row, ImportColumn.GENDER, "memberImport.error.genderMismatch"));
            }
        }
        ImportCell birth = c.get(ImportColumn.BIRTH_DATE);
        if (!birth.isBlank()) {
            Optional<LocalDate> d = date(birth);
            if (d.isEmpty()) {
                problems.add(new Problem(row, ImportColumn.BIRTH_DATE, "memberImport.error.date",
                        List.of(shown(birth.text()))));
            } else if (!d.get().equals(id.birthDate())) {
                problems.add(new Problem(row, ImportColumn.BIRTH_DATE, "memberImport.error.birthMismatch"));
            }
        }
    }

    private static String ethnicity(int row, ImportCell cell, List<Problem> problems) {
        if (cell.isBlank()) {
            return null;
        }
        String s = cell.text().replace(" ", "");
        if (Ethnicity.isKnown(s)) {
            return s;
        }
        // "汉" for "汉族": the group's name without the last character
        for (String known : Ethnicity.ALL) {
            if (known.substring(0, known.length() - 1).equals(s)) {
                return known;
            }
        }
        problems.add(new Problem(row, ImportColumn.ETHNICITY, "memberImport.error.unknownValue", List.of(shown(s))));
        return null;
    }

    private static String phone(int row, ImportCell cell, List<Problem> problems) {
        if (cell.isBlank()) {
            return null;
        }
        String s = cell.text().replace(" ", "");
        if (!PHONE.matcher(s).matches()) {
            problems.add(new Problem(row, ImportColumn.PHONE, "member.phone.invalid"));
            return null;
        }
        return s;
    }

    private Long org(int row, ImportCell cell, List<Problem> problems) {
        if (cell.isBlank()) {
            return null;
        }
        Resolved r = orgs.resolve(cell.text());
        if (r.orgId() == null) {
            problems.add(new Problem(row, ImportColumn.ORG, r.problemKey(), List.of(shown(cell.text()))));
        }
        return r.orgId();
    }

    private MemberStatus status(int row, ImportCell cell, List<Problem> problems) {
        if (cell.isBlank()) {
            return null;
        }
        Optional<MemberStatus> s = words.value(MemberStatus.class, cell.text());
        if (s.isEmpty()) {
            problems.add(new Problem(row, ImportColumn.STATUS, "memberImport.error.unknownValue",
                    List.of(shown(cell.text()))));
            return null;
        }
        if (!s.get().isCurrent()) {
            problems.add(new Problem(row, ImportColumn.STATUS, "memberImport.error.statusNotCurrent"));
            return null;
        }
        return s.get();
    }

    private <E extends Enum<E>> E coded(int row, Map<ImportColumn, ImportCell> c, ImportColumn col, Class<E> type,
            List<Problem> problems) {
        ImportCell cell = c.get(col);
        if (cell.isBlank()) {
            return null;
        }
        Optional<E> value = words.value(type, cell.text());
        if (value.isEmpty()) {
            problems.add(new Problem(row, col, "memberImport.error.unknownValue", List.of(shown(cell.text()))));
        }
        return value.orElse(null);
    }

    /** An Excel date, {@code yyyy-MM-dd} (also with / or .), or {@code yyyyMMdd} as text or number. */
    static Optional<LocalDate> date(ImportCell cell) {
        String s = cell.text().strip();
        Matcher m = DATE.matcher(s);
        if (!m.matches()) {
            m = COMPACT_DATE.matcher(s);
            if (!m.matches()) {
                return Optional.empty();
            }
        }
        try {
            LocalDate d = LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)),
                    Integer.parseInt(m.group(3)));
            return d.getYear() < 1900 ? Optional.empty() : Optional.of(d);
        } catch (DateTimeException | NumberFormatException e) {
            return Optional.empty();
        }
    }

    /** A cell's text as a message argument: short, and never garbled characters echoed back. */
    private static String shown(String s) {
        String t = isGarbled(s) ? "?" : s;
        return t.length() > 30 ? t.substring(0, 30) + "…" : t;
    }
}
