package org.grassroots.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.grassroots.demo.DemoSeeders;
import org.grassroots.meeting.ComplianceService;
import org.grassroots.meeting.ComplianceServices;
import org.grassroots.shared.FieldCipher;
import org.grassroots.shared.IdNumber;
import org.grassroots.support.SharedEmbeddedPostgres;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.jdbc.datasource.DriverManagerDataSource;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Generates the TINY city twice, people, five years of meetings, grids, dues and summaries, each into
 * a fresh database of its own on the shared embedded server (the demo city other tests use is not
 * touched), and checks its shape, its ID numbers, its organizational life and that the same seed
 * gives the same city; a third database, only migrated, holds the schema the bulk loads must restore.
 * The databases are dropped afterwards.
 */
class CityGeneratorIntegrationTests {

    private static final List<String> DATABASES = List.of("bench_city_a", "bench_city_b", "bench_city_fresh");
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 27);
    private static final String PEOPLE_IN_ORDER = """
            select m.name, m.birth_date, m.status, o.path, o.name as org from party_member m
            join party_org o on o.id = m.party_org_id order by m.id""";

    private static final FieldCipher CIPHER = new FieldCipher(new byte[32]);
    private static final PasswordEncoder ENCODER = PasswordEncoderFactories.createDelegatingPasswordEncoder();

    private static JdbcTemplate server;
    private static JdbcTemplate a;
    private static JdbcTemplate b;
    private static JdbcTemplate fresh;
    private static CityLoader.Summary summary;
    private static CityLife.Life life;
    private static CityLife lifeOfA;

    @BeforeAll
    static void generateTwice() throws Exception {
        server = new JdbcTemplate(SharedEmbeddedPostgres.get().getPostgresDatabase());
        a = new JdbcTemplate(freshDatabase(DATABASES.get(0)));
        b = new JdbcTemplate(freshDatabase(DATABASES.get(1)));
        String hash = ENCODER.encode("bench12345");
        fresh = new JdbcTemplate(freshDatabase(DATABASES.get(2)));
        summary = new CityLoader(a.getDataSource(), CIPHER, hash, TODAY, CityLoader.SEED).load(CityScale.TINY)
                .orElseThrow();
        new CityLoader(b.getDataSource(), CIPHER, hash, TODAY, CityLoader.SEED).load(CityScale.TINY).orElseThrow();
        lifeOfA = life(a);
        life = lifeOfA.life(TODAY);
        lifeOfA.summaries();
        CityLife lifeOfB = life(b);
        lifeOfB.life(TODAY);
        lifeOfB.summaries();
    }

    /** The later steps as the generator wires them, on this database. */
    private static CityLife life(JdbcTemplate db) {
        NamedParameterJdbcTemplate named = new NamedParameterJdbcTemplate(db);
        return new CityLife(new TransactionTemplate(new DataSourceTransactionManager(db.getDataSource())), db,
                DemoSeeders.meetings(named), DemoSeeders.grids(named), DemoSeeders.dues(named),
                DemoSeeders.features(named), ComplianceServices.on(db, TODAY));
    }

    private static DataSource freshDatabase(String name) {
        server.execute("drop database if exists " + name + " with (force)");
        server.execute("create database " + name);
        String url = SharedEmbeddedPostgres.get().getJdbcUrl("postgres", name);
        Flyway.configure().dataSource(url, "postgres", "").locations("classpath:db/migration").load().migrate();
        return new DriverManagerDataSource(url, "postgres", "");
    }

    @AfterAll
    static void dropDatabases() {
        if (server != null) {
            DATABASES.forEach(name -> server.execute("drop database if exists " + name + " with (force)"));
        }
    }

    @Test
    void shouldBuildEveryLevelWithinTheScalesRanges() {
        Map<String, Long> levels = countBy(a, "select level as k, count(*) as n from region group by level");
        assertThat(levels).containsEntry("CITY", 1L).containsEntry("DISTRICT", 1L).containsEntry("STREET", 2L)
                .containsEntry("COMMUNITY", 4L);
        Map<String, Long> types = countBy(a, "select type as k, count(*) as n from party_org group by type");
        assertThat(types).containsEntry("WORKING_COMMITTEE", 2L).containsEntry("COMMITTEE", 4L);
        long branches = types.getOrDefault("BRANCH", 0L) + types.getOrDefault("JOINT_BRANCH", 0L);
        assertThat(branches).isBetween(4L * 7, 4L * 23).isEqualTo(summary.branches());
        // every community has its committee and between 7 and 23 branches
        assertThat(a.queryForList("""
                select count(*) filter (where type in ('BRANCH', 'JOINT_BRANCH')) from party_org
                where community_id is not null group by community_id""", Long.class))
                .hasSize(4).allSatisfy(n -> assertThat(n).isBetween(7L, 23L));
        // branch sizes 3–50, people only in branches
        assertThat(a.queryForList("""
                select count(m.id) from party_org o left join party_member m on m.party_org_id = o.id
                where o.type in ('BRANCH', 'JOINT_BRANCH') group by o.id""", Long.class))
                .allSatisfy(n -> assertThat(n).isBetween(3L, 50L));
        assertThat(a.queryForObject("""
                select count(*) from party_member m join party_org o on o.id = m.party_org_id
                where o.type not in ('BRANCH', 'JOINT_BRANCH')""", Long.class)).isZero();
        assertThat(summary.members()).isBetween(700L, 3_000L)
                .isEqualTo(a.queryForObject("select count(*) from party_member", Long.class));
        assertThat(a.queryForObject("select count(*) from member_history where kind = 'JOINED'", Long.class))
                .isEqualTo(summary.members());
    }

    @Test
    void shouldDeriveEveryPathFromItsParent() {
        assertThat(a.queryForObject("""
                select count(*) from region r left join region p on p.id = r.parent_id
                where r.path <> coalesce(p.path, '/') || r.id || '/'
                   or (r.level = 'COMMUNITY' and (r.street_id <> p.id or r.district_id <> p.district_id))""",
                Long.class)).isZero();
        assertThat(a.queryForObject("""
                select count(*) from party_org o left join party_org p on p.id = o.parent_id
                join region r on r.id = o.region_id
                where o.path <> coalesce(p.path, '/') || o.id || '/' or o.region_path <> r.path
                   or (p.id is not null and o.region_path not like p.region_path || '%')""", Long.class)).isZero();
        // a community's organizations report up to its street's working committee
        assertThat(a.queryForObject("""
                select count(*) from party_org o join party_org top on o.path like top.path || '%'
                    and top.parent_id is null
                where o.community_id is not null and top.region_id <> o.street_id""", Long.class)).isZero();
    }

    @Test
    void shouldStoreValidUniqueIdNumbersAsTheAppDoes() {
        Set<String> hashes = new HashSet<>();
        a.query("select id_number_cipher, id_number_hash, id_number_masked, id_number_tail, birth_date, gender"
                + " from party_member", rs -> {
                    String plain = CIPHER.decrypt(rs.getBytes(1));
                    IdNumber id = IdNumber.parse(plain).orElseThrow(() -> new AssertionError("invalid " + plain));
                    assertThat(rs.getString(2)).isEqualTo(CIPHER.hash(plain));
                    assertThat(rs.getString(3)).isEqualTo(id.masked());
                    assertThat(rs.getString(4)).isEqualTo(id.tail());
                    assertThat(id.birthDate()).isEqualTo(rs.getDate(5).toLocalDate());
                    assertThat(id.isMale()).isEqualTo(rs.getString(6).equals("MALE"));
                    assertThat(hashes.add(rs.getString(2))).isTrue();
                });
        assertThat(hashes).hasSize((int) summary.members());
    }

    @Test
    void shouldMixStatusesLikeARealCity() {
        Map<String, Long> statuses = countBy(a, "select status as k, count(*) as n from party_member group by status");
        long total = summary.members();
        assertThat(statuses.get("FULL")).isBetween(total * 70 / 100, total * 90 / 100);
        assertThat(statuses).containsKeys("PROBATIONARY", "APPLICANT", "ACTIVIST", "CANDIDATE", "DECEASED");
        // people who left have a date of leaving, current ones none; full members a full-membership date
        assertThat(a.queryForObject("""
                select count(*) from party_member where (left_on is null) <> (status in ('FULL', 'PROBATIONARY',
                    'APPLICANT', 'ACTIVIST', 'CANDIDATE', 'MEMBERSHIP_SUSPENDED'))
                    or (status = 'FULL' and (full_member_on is null or full_member_on <= admitted_on))""",
                Long.class)).isZero();
        // secretaries are full members of their own branch; committees only with seven full members
        assertThat(a.queryForObject("""
                select count(*) from party_org o join party_member s on s.id = o.secretary_id
                where s.party_org_id <> o.id or s.status <> 'FULL'""", Long.class)).isZero();
        assertThat(a.queryForObject("""
                select count(*) from party_org o where o.has_committee and (select count(*) from party_member m
                    where m.party_org_id = o.id and m.status = 'FULL') < 7""", Long.class)).isZero();
        assertThat(a.queryForObject("select count(*) from party_org where has_committee", Long.class)).isPositive();
    }

    @Test
    void shouldGenerateTheSameCityFromTheSameSeed() {
        List<Map<String, Object>> first = a.queryForList(PEOPLE_IN_ORDER);
        assertThat(first).hasSize((int) summary.members());
        assertThat(b.queryForList(PEOPLE_IN_ORDER)).isEqualTo(first);
        for (String sql : List.of("select code, name, path from region order by id",
                "select id, committee_role, party_group_id from party_member order by id",
                "select id, party_org_id, type, held_on, start_time, place, chair_member_id, recorder_member_id, topic,"
                        + " lecture_title, agenda from meeting order by id",
                "select md5(string_agg(concat_ws(':', meeting_id, member_id, status, voting, reason), ','"
                        + " order by meeting_id, member_id)) from meeting_attendance",
                "select * from org_period_status order by party_org_id, requirement_id, period_start",
                "select * from compliance_rollup order by region_id, requirement_id, period_start",
                "select id, community_id, kind, parent_id, name, households, residents, party_org_id from grid_node"
                        + " order by id",
                "select grid_node_id, role, member_id, resident_name, start_on, end_on from grid_cadre order by id",
                "select member_id, effective_month, category, monthly_base from dues_base order by id",
                "select member_id, month, amount from dues_payment_month order by member_id, month")) {
            assertThat(b.queryForList(sql)).as(sql).isNotEmpty().isEqualTo(a.queryForList(sql));
        }
    }

    @Test
    void shouldCreateOneSignInUserPerLevel() {
        assertThat(a.queryForList("select role from app_user where username like 'bench-%' order by role",
                String.class)).containsExactly("BRANCH_SECRETARY", "CITY_ADMIN", "COMMUNITY_SECRETARY",
                "DISTRICT_OFFICIAL", "STREET_STAFF");
        String hash = a.queryForObject("select password_hash from app_user where username = 'bench-street-1'",
                String.class);
        assertThat(ENCODER.matches("bench12345", hash)).isTrue();
        assertThat(a.queryForObject("""
                select r.level from app_user u join region r on r.id = u.region_id
                where u.username = 'bench-community-1'""", String.class)).isEqualTo("COMMUNITY");
        assertThat(a.queryForObject("""
                select o.type from app_user u join party_org o on o.id = u.party_org_id
                where u.username = 'bench-branch-1'""", String.class)).isIn("BRANCH", "JOINT_BRANCH");
    }

    @Test
    void shouldRefuseADatabaseThatAlreadyHasRegions() throws Exception {
        long members = summary.members();
        assertThat(new CityLoader(a.getDataSource(), CIPHER, "x", TODAY, CityLoader.SEED).load(CityScale.TINY))
                .isEmpty();
        assertThat(a.queryForObject("select count(*) from party_member", Long.class)).isEqualTo(members);
    }

    @Test
    void shouldHoldMeetingsOnlyWhereARequirementAppliesAndOnlyWhileTheOrganizationExists() {
        assertThat(life.meetings()).isGreaterThan(1_000)
                .isEqualTo(count(a, "select count(*) from meeting where type <> 'HEART_TALK'"));
        assertThat(count(a, """
                select count(*) from meeting m join party_org o on o.id = m.party_org_id
                where m.type <> 'HEART_TALK' and not exists (select 1 from meeting_requirement r
                    where r.meeting_type = m.type and o.type = any (r.org_types)
                      and (r.condition = 'ALWAYS' or o.has_committee))""")).isZero();
        assertThat(count(a, """
                select count(*) from meeting m join party_org o on o.id = m.party_org_id
                where m.held_on > date '2026-11-27' or m.held_on < date '2021-11-01'
                   or (o.founded_on is not null and m.held_on < o.founded_on)""")).isZero();
        // every kind the city owes is held, talks only in branches and without an attendance list
        assertThat(a.queryForList("select distinct type from meeting order by 1", String.class)).containsExactly(
                "BRANCH_COMMITTEE", "DEMOCRATIC_APPRAISAL", "HEART_TALK", "LIFE_MEETING", "MEMBERS_ASSEMBLY",
                "PARTY_GROUP_MEETING", "PARTY_LESSON", "THEME_DAY");
        assertThat(life.heartTalks()).isPositive();
        assertThat(count(a, """
                select count(*) from meeting m join party_org o on o.id = m.party_org_id
                where m.type = 'HEART_TALK' and (o.type not in ('BRANCH', 'JOINT_BRANCH')
                    or exists (select 1 from meeting_attendance x where x.meeting_id = m.id))""")).isZero();
        // the life meeting mostly in the fourth quarter, chaired by the secretary
        assertThat(count(a, "select count(*) filter (where extract(month from held_on) >= 10) * 100 / count(*)"
                + " from meeting where type = 'LIFE_MEETING'")).isGreaterThan(60);
        assertThat(count(a, """
                select count(*) from meeting m join party_org o on o.id = m.party_org_id
                where o.type <> 'PARTY_GROUP' and m.chair_member_id is distinct from o.secretary_id""")).isZero();
    }

    @Test
    void shouldListOnlyThoseWhoWereMembersOnTheDayWithTheirVote() {
        assertThat(life.attendance()).isGreaterThan(20_000)
                .isEqualTo(count(a, "select count(*) from meeting_attendance"));
        // of the organization (the Party group for its meetings, the committee for committee meetings)
        assertThat(count(a, """
                select count(*) from meeting_attendance x join meeting m on m.id = x.meeting_id
                join party_org o on o.id = m.party_org_id join party_member pm on pm.id = x.member_id
                where case when o.type = 'PARTY_GROUP' then pm.party_group_id is distinct from o.id
                                                       or pm.party_org_id <> o.parent_id
                           else pm.party_org_id <> o.id end
                   or (m.type = 'BRANCH_COMMITTEE' and pm.committee_role is null)""")).isZero();
        // members on the day: admitted by then, not yet left; voting exactly when a full member
        assertThat(count(a, """
                select count(*) from meeting_attendance x join meeting m on m.id = x.meeting_id
                join party_member pm on pm.id = x.member_id
                where pm.status in ('APPLICANT', 'ACTIVIST', 'CANDIDATE', 'NOT_APPROVED', 'MEMBERSHIP_SUSPENDED')
                   or (pm.admitted_on is null and pm.status <> 'FULL') or coalesce(pm.admitted_on, date '1900-01-01') > m.held_on
                   or pm.left_on <= m.held_on
                   or x.voting <> coalesce(pm.full_member_on <= m.held_on, pm.status = 'FULL')""")).isZero();
        // everyone who was a member that day is listed for the members' meetings
        assertThat(count(a, """
                select count(*) from meeting m join party_member pm on pm.party_org_id = m.party_org_id
                where m.type = 'MEMBERS_ASSEMBLY' and pm.admitted_on <= m.held_on
                  and (pm.left_on is null or pm.left_on > m.held_on) and pm.status in ('FULL', 'PROBATIONARY')
                  and not exists (select 1 from meeting_attendance x where x.meeting_id = m.id
                                  and x.member_id = pm.id)""")).isZero();
        Map<String, Long> statuses = countBy(a, "select status as k, count(*) as n from meeting_attendance group by 1");
        assertThat(statuses.get("PRESENT")).isGreaterThan(life.attendance() * 3 / 4);
        assertThat(statuses.get("EXCUSED")).isPositive();
        assertThat(statuses.get("ABSENT")).isPositive().isLessThan(statuses.get("EXCUSED"));
        assertThat(count(a, "select count(*) from meeting_attendance where (reason is not null) <> (status = 'EXCUSED')"))
                .isZero();
        // committee meetings are small, one branch in ten lags: some periods are unmet
        assertThat(count(a, """
                select max(n) from (select count(*) as n from meeting_attendance x join meeting m on m.id = x.meeting_id
                                    where m.type = 'BRANCH_COMMITTEE' group by m.id) c""")).isBetween(1L, 5L);
    }

    @Test
    void shouldSummarizeEveryPeriodAsARebuildDoesWithMetAndUnmetPeriods() {
        // held is the count of meetings of the period, whatever a rebuild would do
        assertThat(count(a, """
                select count(*) from org_period_status s join meeting_requirement r on r.id = s.requirement_id
                where s.held <> (select count(*) from meeting m where m.party_org_id = s.party_org_id
                                 and m.type = r.meeting_type and m.deleted_at is null
                                 and m.held_on between s.period_start and s.period_end)""")).isZero();
        assertThat(count(a, "select count(*) from org_period_status where held >= expected")).isPositive();
        assertThat(count(a, "select count(*) from org_period_status where held < expected"
                + " and period_end < date '2026-11-01'")).isPositive();
        assertThat(count(a, "select count(*) from compliance_rollup where done < required")).isPositive();
        ComplianceService.RebuildReport again = lifeOfA.summaries();
        assertThat(again.statusRows()).isPositive();
        assertThat(again.statusDrift()).isZero();
        assertThat(again.rollupDrift()).isZero();
    }

    @Test
    void shouldGiveEveryCommunityGridsAndMembersTheirDues() {
        assertThat(count(a, """
                select count(*) from region c where c.level = 'COMMUNITY'
                  and (select count(*) from grid_node g where g.community_id = c.id and g.kind = 'GRID') < 3""")).isZero();
        assertThat(count(a, "select count(*) from grid_cadre where member_id is not null")).isPositive();
        assertThat(count(a, """
                select count(*) from grid_cadre gc join grid_node g on g.id = gc.grid_node_id
                join party_member m on m.id = gc.member_id join party_org o on o.id = m.party_org_id
                where o.community_id <> g.community_id""")).isZero();
        // dues: a base for most members, months paid up to this one, a payment's months sum to it, arrears
        long members = count(a, "select count(*) from party_member where status in ('FULL', 'PROBATIONARY')");
        assertThat(count(a, "select count(distinct member_id) from dues_base")).isBetween(members * 9 / 10, members);
        assertThat(count(a, """
                select count(*) from dues_payment p where p.amount <> (select sum(x.amount) from dues_payment_month x
                    where x.payment_id = p.id) or p.member_id <> (select min(x.member_id) from dues_payment_month x
                    where x.payment_id = p.id)""")).isZero();
        assertThat(count(a, "select count(*) from dues_payment_month where month > date '2026-11-01'")).isZero();
        assertThat(count(a, """
                select count(distinct b.member_id) from dues_base b where not exists (select 1 from dues_payment_month x
                    where x.member_id = b.member_id and x.month = date '2026-10-01')""")).isPositive();
    }

    @Test
    void shouldLeaveTheBulkLoadedTablesAsTheMigrationsMadeThem() {
        for (String table : List.of("party_member", "member_history", "meeting", "meeting_attendance", "grid_node",
                "grid_cadre", "dues_base", "dues_payment", "dues_payment_month", "org_period_status",
                "compliance_rollup")) {
            String constraints = """
                    select conname, contype, pg_get_constraintdef(oid) from pg_constraint
                    where conrelid = cast(? as regclass) order by conname""";
            String indexes = "select indexname, indexdef from pg_indexes where tablename = ? order by indexname";
            assertThat(a.queryForList(constraints, table)).as(table).isNotEmpty()
                    .isEqualTo(fresh.queryForList(constraints, table));
            assertThat(a.queryForList(indexes, table)).as(table).isNotEmpty()
                    .isEqualTo(fresh.queryForList(indexes, table));
        }
        assertThat(count(a, "select count(*) from pg_constraint where not convalidated")).isZero();
    }

    @Test
    void shouldDrawBranchSizesBetweenThreeAndFiftyMostlyAroundThirty() {
        Random random = new Random(1);
        int[] sizes = new int[10_000];
        long sum = 0;
        int middle = 0;
        for (int i = 0; i < sizes.length; i++) {
            sizes[i] = CityLoader.branchSize(random);
            assertThat(sizes[i]).isBetween(3, 50);
            sum += sizes[i];
            middle += sizes[i] >= 20 && sizes[i] <= 45 ? 1 : 0;
        }
        assertThat(sum / (double) sizes.length).isBetween(31.0, 36.0);
        assertThat(middle).isGreaterThan(sizes.length * 3 / 4);
        assertThat(CityLoader.ordinal(1)).isEqualTo("第一");
        assertThat(CityLoader.ordinal(10)).isEqualTo("第十");
        assertThat(CityLoader.ordinal(23)).isEqualTo("第二十三");
    }

    @Test
    void shouldGiveEmptyTablesNewStorageAndLeaveFilledOnesAlone() {
        String storage = "select relfilenode from pg_class where relname = ?";
        // the migrated database: the meetings and every table referring to them are empty
        Long before = fresh.queryForObject(storage, Long.class, "meeting_attendance");
        Long[] inside = new Long[1];
        boolean renewed = Boolean.TRUE.equals(inTransactionRolledBack(fresh, () -> {
            boolean done = BulkLoad.fresh(fresh, "meeting");
            inside[0] = fresh.queryForObject(storage, Long.class, "meeting_attendance");
            return done;
        }));
        assertThat(renewed).isTrue();
        assertThat(inside[0]).isNotEqualTo(before);
        // the generated city holds meetings: nothing is truncated
        long meetings = count(a, "select count(*) from meeting");
        long attendance = count(a, "select count(*) from meeting_attendance");
        Long filled = a.queryForObject(storage, Long.class, "meeting");
        assertThat(inTransactionRolledBack(a, () -> BulkLoad.fresh(a, "meeting"))).isFalse();
        assertThat(inTransactionRolledBack(a, () -> BulkLoad.fresh(a, "meeting_attendance"))).isFalse();
        assertThat(count(a, "select count(*) from meeting")).isEqualTo(meetings).isPositive();
        assertThat(count(a, "select count(*) from meeting_attendance")).isEqualTo(attendance).isPositive();
        assertThat(a.queryForObject(storage, Long.class, "meeting")).isEqualTo(filled);
    }

    private static <T> T inTransactionRolledBack(JdbcTemplate db, java.util.function.Supplier<T> work) {
        return new TransactionTemplate(new DataSourceTransactionManager(db.getDataSource())).execute(status -> {
            status.setRollbackOnly();
            return work.get();
        });
    }

    private static long count(JdbcTemplate db, String sql) {
        Long n = db.queryForObject(sql, Long.class);
        return n == null ? 0 : n;
    }

    private static Map<String, Long> countBy(JdbcTemplate db, String sql) {
        Map<String, Long> counts = new java.util.HashMap<>();
        db.query(sql, rs -> {
            counts.put(rs.getString("k"), rs.getLong("n"));
        });
        return counts;
    }
}
