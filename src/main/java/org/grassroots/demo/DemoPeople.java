package org.grassroots.demo;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.grassroots.shared.IdNumber;

/**
 * Draws people with the demo city's distributions: the status mix, ages by status, dates along the
 * development path, education, occupation, phones, names and ethnicity, and a unique valid ID number
 * carrying the district's address code. The demo city and the city-scale generator both draw from
 * here, so both cities look alike; the same random sequence gives the same people.
 */
public final class DemoPeople {

    /** One person; {@code resident} says whether they live in their branch's community. */
    public record Person(String name, boolean male, String ethnicity, LocalDate birth, IdNumber id, String phone,
            String education, String occupation, String status, boolean resident, String workUnit, LocalDate applied,
            LocalDate activist, LocalDate candidate, LocalDate admitted, LocalDate full, LocalDate left) {
    }

    private static final String[] STATUSES = {"FULL", "PROBATIONARY", "CANDIDATE", "ACTIVIST", "APPLICANT",
        "MEMBERSHIP_SUSPENDED", "DECEASED", "WITHDRAWN", "PROBATION_CANCELLED", "NOT_APPROVED",
        "REMOVED_SELF_LAPSED", "PERSUADED_TO_WITHDRAW", "EXPELLED"};
    private static final int[] STATUS_WEIGHTS = {810, 50, 25, 35, 30, 5, 25, 5, 4, 3, 3, 3, 2};
    private static final Set<String> CURRENT = Set.of("FULL", "PROBATIONARY", "APPLICANT", "ACTIVIST", "CANDIDATE",
            "MEMBERSHIP_SUSPENDED");
    private static final String[] EDUCATION = {"PRIMARY", "JUNIOR_SECONDARY", "SENIOR_SECONDARY", "VOCATIONAL",
        "JUNIOR_COLLEGE", "BACHELOR", "MASTER", "DOCTORATE"};
    private static final int[] EDUCATION_WEIGHTS = {3, 10, 15, 10, 20, 32, 8, 2};
    private static final List<String> WORKING = List.of("EMPLOYED_STATE", "EMPLOYED_ENTERPRISE",
            "EMPLOYED_ENTERPRISE", "EMPLOYED_OTHER", "SELF_EMPLOYED", "UNEMPLOYED", "OTHER");
    private static final List<String> MINORITIES = List.of("回族", "满族", "蒙古族", "壮族");

    private final Random random;
    private final LocalDate today;
    private final Set<String> usedIds = new HashSet<>();

    public DemoPeople(Random random, LocalDate today) {
        this.random = random;
        this.today = today;
    }

    /** The next person, with an ID number of the district {@code districtCode} (six digits). */
    public Person next(String districtCode) {
        String status = weighted(STATUSES, STATUS_WEIGHTS);
        int age = switch (status) {
            case "APPLICANT", "ACTIVIST", "CANDIDATE" -> 19 + random.nextInt(22);
            case "PROBATIONARY" -> 23 + random.nextInt(25);
            default -> 24 + random.nextInt(62);
        };
        LocalDate birth = today.minusYears(age).minusDays(random.nextInt(365));
        boolean male = random.nextInt(100) < 55;
        IdNumber id = idNumber(districtCode, birth, male);
        LocalDate adult = birth.plusYears(18);
        LocalDate applied = null;
        LocalDate activist = null;
        LocalDate candidate = null;
        LocalDate admitted = null;
        LocalDate full = null;
        switch (status) {
            case "APPLICANT", "NOT_APPROVED" -> applied = between(adult, today.minusDays(10));
            case "ACTIVIST" -> {
                activist = between(adult.plusMonths(3), today.minusDays(20));
                applied = activist.minusMonths(1 + random.nextInt(3));
            }
            case "CANDIDATE" -> {
                candidate = between(adult.plusMonths(22), today.minusDays(20));
                activist = candidate.minusMonths(12 + random.nextInt(6));
                applied = activist.minusMonths(1 + random.nextInt(3));
            }
            case "PROBATIONARY", "PROBATION_CANCELLED" -> {
                admitted = today.minusDays(15 + random.nextInt(340));
                candidate = admitted.minusMonths(3 + random.nextInt(6));
                activist = candidate.minusMonths(12 + random.nextInt(6));
                applied = activist.minusMonths(1 + random.nextInt(3));
            }
            default -> {
                full = between(adult.plusYears(4), today.minusMonths(1));
                admitted = full.minusYears(1).minusDays(random.nextInt(20));
                candidate = admitted.minusMonths(3 + random.nextInt(6));
                activist = candidate.minusMonths(12 + random.nextInt(6));
                applied = activist.minusMonths(1 + random.nextInt(3));
            }
        }
        if (applied != null && applied.isBefore(adult)) {
            applied = adult;
        }
        String education = weighted(EDUCATION, EDUCATION_WEIGHTS);
        String occupation = age >= 60 ? "RETIRED" : age < 23 && random.nextBoolean() ? "STUDENT"
                : DemoNames.pick(random, WORKING);
        String workUnit = occupation.startsWith("EMPLOYED") ? DemoNames.pick(random,
                occupation.equals("EMPLOYED_STATE") ? DemoNames.UNITS : DemoNames.COMPANIES) : null;
        String phone = random.nextInt(10) == 0 ? null
                : "1" + (3 + random.nextInt(7)) + String.format("%09d", random.nextInt(1_000_000_000));
        LocalDate left = CURRENT.contains(status) ? null : today.minusDays(1 + random.nextInt(700));
        String name = DemoNames.person(random, male);
        String ethnicity = random.nextInt(20) == 0 ? DemoNames.pick(random, MINORITIES) : "汉族";
        boolean resident = random.nextInt(5) != 0;
        return new Person(name, male, ethnicity, birth, id, phone, education, occupation, status, resident, workUnit,
                applied, activist, candidate, admitted, full, left);
    }

    private IdNumber idNumber(String districtCode, LocalDate birth, boolean male) {
        String prefix = districtCode + String.format("%04d%02d%02d", birth.getYear(), birth.getMonthValue(),
                birth.getDayOfMonth());
        while (true) {
            int seq = random.nextInt(500) * 2 + (male ? 1 : 0);
            String first17 = prefix + String.format("%03d", seq);
            String value = first17 + IdNumber.checkChar(first17);
            if (usedIds.add(value)) {
                return IdNumber.parse(value).orElseThrow();
            }
        }
    }

    private LocalDate between(LocalDate from, LocalDate to) {
        if (!to.isAfter(from)) {
            return to;
        }
        long days = to.toEpochDay() - from.toEpochDay();
        return from.plusDays((long) (random.nextDouble() * days));
    }

    private String weighted(String[] values, int[] weights) {
        int total = 0;
        for (int w : weights) {
            total += w;
        }
        int r = random.nextInt(total);
        for (int i = 0; i < values.length; i++) {
            r -= weights[i];
            if (r < 0) {
                return values[i];
            }
        }
        return values[values.length - 1];
    }
}
