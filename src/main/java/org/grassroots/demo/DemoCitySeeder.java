package org.grassroots.demo;

import java.sql.Date;
import java.sql.PreparedStatement;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.grassroots.shared.FieldCipher;
import org.grassroots.shared.IdNumber;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.util.StringUtils;

/**
 * Seeds the demo city on the first start in demo mode (the default with the embedded database, or
 * GRASSROOTS_DEMO=true): 1 city, 3 districts, 9 streets, 36 communities, 3–8 organizations per
 * community and about 5,000 people over every status, with valid ID numbers, and about two years of
 * meetings (DemoMeetingSeeder). A fixed seed makes every demo city the same.
 */
@Component
@Order(10)
class DemoCitySeeder implements ApplicationRunner {

    static final String DEMO_PASSWORD = "demo12345";
    private static final Logger log = LoggerFactory.getLogger(DemoCitySeeder.class);
    private static final long SEED = 20_261_126L;

    private final JdbcTemplate jdbc;
    private final TransactionTemplate tx;
    private final FieldCipher cipher;
    private final PasswordEncoder encoder;
    private final Environment env;
    private final Clock clock;
    private final DemoMeetingSeeder meetings;
    private final DemoGridSeeder grids;
    private final DemoFeatureSeeders features;
    private final DemoDevelopmentSeeder development;
    private final DemoDuesSeeder dues;
    private final DemoAccessSeeder access;
    private final DemoApiSeeder apiTokens;
    private final DemoTaskSeeder tasks;
    private final DemoSettingsSeeder settings;
    private final DemoAssessmentSeeder assessment;

    DemoCitySeeder(JdbcTemplate jdbc, TransactionTemplate tx, FieldCipher cipher, PasswordEncoder encoder,
            Environment env, Clock clock, DemoMeetingSeeder meetings, DemoGridSeeder grids,
            DemoFeatureSeeders features, DemoDevelopmentSeeder development, DemoDuesSeeder dues,
            DemoAccessSeeder access, DemoApiSeeder apiTokens, DemoTaskSeeder tasks, DemoSettingsSeeder settings,
            DemoAssessmentSeeder assessment) {
        this.jdbc = jdbc;
        this.tx = tx;
        this.cipher = cipher;
        this.encoder = encoder;
        this.env = env;
        this.clock = clock;
        this.meetings = meetings;
        this.grids = grids;
        this.features = features;
        this.development = development;
        this.dues = dues;
        this.access = access;
        this.apiTokens = apiTokens;
        this.tasks = tasks;
        this.settings = settings;
        this.assessment = assessment;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (!demoMode()) {
            return;
        }
        Integer regions = jdbc.queryForObject("select count(*) from region", Integer.class);
        if (regions != null && regions > 0) {
            return;
        }
        long t0 = System.nanoTime();
        tx.executeWithoutResult(status -> seed());
        // fresh statistics before the first roll-up drain reads the seeded tables: without them the
        // planner takes every table for empty and the first drain stands for tens of seconds
        jdbc.execute("analyze");
        log.info("Seeded the demo city in {} ms", (System.nanoTime() - t0) / 1_000_000);
    }

    private boolean demoMode() {
        Boolean configured = env.getProperty("grassroots.demo", Boolean.class);
        if (configured != null) {
            return configured;
        }
        return !StringUtils.hasText(env.getProperty("spring.datasource.url"));
    }

    private void seed() {
        Random random = new Random(SEED);
        LocalDate today = LocalDate.now(clock);
        People people = new People(random, today);
        long city = insertRegion("CITY", "3301", "滨江市", null);
        Long firstDistrict = null;
        Long firstStreet = null;
        Long firstCommunity = null;
        Long firstBranch = null;
        int streetIndex = 0;
        int communityIndex = 0;
        for (int d = 0; d < 3; d++) {
            String districtCode = DemoNames.DISTRICT_CODES.get(d);
            long district = insertRegion("DISTRICT", districtCode, DemoNames.DISTRICTS.get(d), city);
            firstDistrict = firstDistrict == null ? district : firstDistrict;
            for (int s = 0; s < 3; s++) {
                String streetName = DemoNames.STREETS.get(streetIndex++);
                long street = insertRegion("STREET", districtCode + "0" + (s + 1), streetName, district);
                firstStreet = firstStreet == null ? street : firstStreet;
                long workingCommittee = insertOrg(streetName + "党工委", "WORKING_COMMITTEE", "COMMUNITY", null, street,
                        today.minusYears(20 + random.nextInt(10)), today.minusYears(random.nextInt(5)), 5);
                for (int c = 0; c < 4; c++) {
                    String communityName = DemoNames.COMMUNITIES.get(communityIndex++) + "社区";
                    long community = insertRegion("COMMUNITY", districtCode + "0" + (s + 1) + "0" + (c + 1),
                            communityName, street);
                    firstCommunity = firstCommunity == null ? community : firstCommunity;
                    long branch = seedCommunity(random, today, people, districtCode, communityName, community,
                            workingCommittee);
                    firstBranch = firstBranch == null ? branch : firstBranch;
                }
            }
        }
        people.flush();
        jdbc.update("""
                insert into member_history (member_id, kind, to_org_id, to_status, effective_on, recorded_by)
                select id, 'JOINED', party_org_id, status, coalesce(applied_on, admitted_on, current_date), 'demo'
                from party_member""");
        jdbc.update("""
                update party_org o set secretary_id = (select min(m.id) from party_member m
                    where m.party_org_id = o.id and m.status = 'FULL')
                where o.type in ('BRANCH', 'JOINT_BRANCH', 'TEMPORARY_BRANCH')""");
        // most branches with seven or more full members have their committee; a few are left for the warnings
        jdbc.update("""
                update party_org o set has_committee = true
                where o.type in ('BRANCH', 'JOINT_BRANCH') and o.id % 6 <> 0
                  and (select count(*) from party_member m where m.party_org_id = o.id and m.status = 'FULL') >= 7""");
        meetings.seed();
        grids.seed(today);
        features.beforeDues(today);
        development.seed(today);
        dues.seed(today);
        features.afterDues(today);
        access.seed(today);
        apiTokens.seed(today);
        tasks.seed(today);
        settings.seed(today);
        assessment.seed(today);
        insertUser("city", "赵市明", "CITY_ADMIN", city, null);
        insertUser("district", "钱区华", "DISTRICT_OFFICIAL", firstDistrict, null);
        insertUser("street", "孙街道", "STREET_STAFF", firstStreet, null);
        insertUser("community", "李社区", "COMMUNITY_SECRETARY", firstCommunity, null);
        insertUser("branch", "周支书", "BRANCH_SECRETARY", null, firstBranch);
        insertUser("admin", "吴管理", "SYSTEM_ADMIN", null, null);
    }

    /** A community committee and 2–7 organizations under it; returns the first branch. */
    private long seedCommunity(Random random, LocalDate today, People people, String districtCode,
            String communityName, long community, long workingCommittee) {
        long committee = insertOrg(communityName + "党委", "COMMITTEE", "COMMUNITY", workingCommittee, community,
                today.minusYears(10 + random.nextInt(15)), today.minusYears(random.nextInt(6)), 5);
        int branches = 2 + random.nextInt(6);
        Long first = null;
        for (int b = 0; b < branches; b++) {
            String name;
            String type = "BRANCH";
            String category = "COMMUNITY";
            int kind = b == 0 ? 0 : random.nextInt(10);
            if (kind < 6) {
                name = communityName + DemoNames.ORDINALS[b] + "党支部";
            } else if (kind < 8) {
                name = DemoNames.pick(random, DemoNames.COMPANIES) + "党支部";
                category = "PRIVATE_ENTERPRISE";
            } else if (kind < 9) {
                name = communityName + DemoNames.pick(random, DemoNames.SOCIAL_ORGS) + "党支部";
                category = "SOCIAL_ORGANIZATION";
            } else {
                name = communityName + "商圈联合党支部";
                type = "JOINT_BRANCH";
                category = "BUILDING_PARK";
            }
            long branch = insertOrg(name, type, category, committee, community,
                    today.minusYears(3 + random.nextInt(20)), today.minusMonths(random.nextInt(48)), 3);
            first = first == null ? branch : first;
            int size = random.nextInt(20) == 0 ? 2 : random.nextInt(25) == 0 ? 52 + random.nextInt(6)
                    : 12 + random.nextInt(40);
            for (int i = 0; i < size; i++) {
                people.add(branch, districtCode, community);
            }
            if (size > 25 && random.nextBoolean()) {
                insertOrg(name + "第一党小组", "PARTY_GROUP", category, branch, community,
                        null, null, 0);
            }
        }
        return first;
    }

    private long insertRegion(String level, String code, String name, Long parent) {
        return jdbc.queryForObject("insert into region (level, code, name, parent_id) values (?, ?, ?, ?) returning id",
                Long.class, level, code, name, parent);
    }

    private long insertOrg(String name, String type, String category, Long parent, long region, LocalDate founded,
            LocalDate termStart, int termYears) {
        LocalDate start = termStart;
        if (start != null && founded != null && start.isBefore(founded)) {
            start = founded;
        }
        LocalDate end = start == null || termYears == 0 ? null : start.plusYears(termYears);
        return jdbc.queryForObject("""
                insert into party_org (name, type, category, parent_id, region_id, founded_on, term_start, term_end)
                values (?, ?, ?, ?, ?, ?, ?, ?) returning id""", Long.class, name, type, category, parent, region,
                date(founded), termYears == 0 ? null : date(start), date(end));
    }

    private void insertUser(String username, String displayName, String role, Long region, Long org) {
        jdbc.update("""
                insert into app_user (username, password_hash, display_name, role, region_id, party_org_id)
                values (?, ?, ?, ?, ?, ?)""", username, encoder.encode(DEMO_PASSWORD), displayName, role, region, org);
    }

    private static Date date(LocalDate d) {
        return d == null ? null : Date.valueOf(d);
    }

    /** Generates people with consistent dates and buffers them for one batch insert. */
    private final class People {

        private final DemoPeople draws;
        private final List<Object[]> rows = new ArrayList<>();

        People(Random random, LocalDate today) {
            this.draws = new DemoPeople(random, today);
        }

        void add(long org, String districtCode, long community) {
            DemoPeople.Person p = draws.next(districtCode);
            IdNumber id = p.id();
            rows.add(new Object[] {p.name(), p.male() ? "MALE" : "FEMALE", p.ethnicity(), date(p.birth()),
                cipher.encrypt(id.value()), cipher.hash(id.value()), id.masked(), id.tail(), p.phone(), p.education(),
                p.occupation(), p.status(), org, p.resident() ? community : null, p.workUnit(), date(p.applied()),
                date(p.activist()), date(p.candidate()), date(p.admitted()), date(p.full()), date(p.left())});
        }

        void flush() {
            jdbc.batchUpdate("""
                    insert into party_member (name, gender, ethnicity, birth_date, id_number_cipher, id_number_hash,
                        id_number_masked, id_number_tail, phone, education, occupation, status, party_org_id,
                        residence_community_id, work_unit, applied_on, activist_on, candidate_on, admitted_on,
                        full_member_on, left_on)
                    values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""", rows, 500,
                    (PreparedStatement ps, Object[] row) -> {
                        for (int i = 0; i < row.length; i++) {
                            ps.setObject(i + 1, row[i]);
                        }
                    });
            log.info("Seeded {} demo people", rows.size());
            rows.clear();
        }
    }
}
