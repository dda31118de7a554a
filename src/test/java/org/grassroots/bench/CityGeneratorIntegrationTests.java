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
import org.grassroots.shared.FieldCipher;
import org.grassroots.shared.IdNumber;
import org.grassroots.support.SharedEmbeddedPostgres;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * Generates the TINY city twice, each into a fresh database of its own on the shared embedded server
 * (the demo city other tests use is not touched), and checks its shape, its ID numbers and that the
 * same seed gives the same city. The databases are dropped afterwards.
 */
class CityGeneratorIntegrationTests {

    private static final List<String> DATABASES = List.of("bench_city_a", "bench_city_b");
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 27);
    private static final String PEOPLE_IN_ORDER = """
            select m.name, m.birth_date, m.status, o.path, o.name as org from party_member m
            join party_org o on o.id = m.party_org_id order by m.id""";

    private static final FieldCipher CIPHER = new FieldCipher(new byte[32]);
    private static final PasswordEncoder ENCODER = PasswordEncoderFactories.createDelegatingPasswordEncoder();

    private static JdbcTemplate server;
    private static JdbcTemplate a;
    private static JdbcTemplate b;
    private static CityLoader.Summary summary;

    @BeforeAll
    static void generateTwice() throws Exception {
        server = new JdbcTemplate(SharedEmbeddedPostgres.get().getPostgresDatabase());
        a = new JdbcTemplate(freshDatabase(DATABASES.get(0)));
        b = new JdbcTemplate(freshDatabase(DATABASES.get(1)));
        String hash = ENCODER.encode("bench12345");
        summary = new CityLoader(a.getDataSource(), CIPHER, hash, TODAY, CityLoader.SEED).load(CityScale.TINY)
                .orElseThrow();
        new CityLoader(b.getDataSource(), CIPHER, hash, TODAY, CityLoader.SEED).load(CityScale.TINY).orElseThrow();
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
        assertThat(b.queryForList("select code, name, path from region order by id"))
                .isEqualTo(a.queryForList("select code, name, path from region order by id"));
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

    private static Map<String, Long> countBy(JdbcTemplate db, String sql) {
        Map<String, Long> counts = new java.util.HashMap<>();
        db.query(sql, rs -> {
            counts.put(rs.getString("k"), rs.getLong("n"));
        });
        return counts;
    }
}
