package org.grassroots.bench;

import java.util.ArrayList;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Loads a table with its keys, indexes and foreign keys set aside, then puts them back: each is then
 * built or checked in one pass (a sort, a join) instead of row by row, several times cheaper for
 * millions of rows. Run inside the load's transaction, so nobody sees the table without them and a
 * violation fails the load. The definitions are read from the catalog, so they stay the migrations'.
 */
final class BulkLoad {

    private BulkLoad() {
    }

    /**
     * Gives the table, and every table whose foreign keys lead to it, new empty storage (TRUNCATE) when
     * they are all empty; returns whether it did. Run first in the load's transaction: with the server at
     * {@code wal_level = minimal}, what the transaction then writes into storage it created (rows and index
     * entries, index builds) skips the write-ahead log and is flushed once at commit. At any other level it
     * changes nothing but the storage's file.
     */
    static boolean fresh(JdbcTemplate jdbc, String table) {
        List<String> tables = jdbc.queryForList("""
                with recursive refs(rel) as (
                    select cast(? as regclass)::oid
                    union
                    select c.conrelid from pg_constraint c join refs r on c.confrelid = r.rel where c.contype = 'f')
                select rel::regclass::text from refs order by 1""", String.class, table);
        for (String t : tables) {
            if (Boolean.TRUE.equals(jdbc.queryForObject("select exists (select 1 from " + t + ")", Boolean.class))) {
                return false;
            }
        }
        jdbc.execute("truncate " + String.join(", ", tables));
        return true;
    }

    /** What a load sets aside. */
    enum Aside {
        /** The table's foreign keys. */
        FOREIGN_KEYS,
        /**
         * Its foreign keys and the indexes that back no constraint and are not unique: for a table others
         * refer to, whose primary key must stay (a unique index checks every row as it comes).
         */
        INDEXES,
        /** Its foreign keys, primary and unique keys and every index: for a table nobody refers to. */
        EVERYTHING
    }

    /** A load, which may throw what its statements throw (a COPY's SQLException). */
    interface Load<T, E extends Exception> {
        T run() throws E;
    }

    /** Runs {@code load} with what {@code aside} names dropped, then puts it back; returns its result. */
    static <T, E extends Exception> T without(JdbcTemplate jdbc, String table, Aside aside, Load<T, E> load)
            throws E {
        List<String> drops = new ArrayList<>();
        List<String> keys = new ArrayList<>();
        List<String> foreignKeys = new ArrayList<>();
        jdbc.query("""
                select conname, contype, pg_get_constraintdef(oid) from pg_constraint
                where conrelid = cast(? as regclass) and contype in ('p', 'u', 'f') and (? or contype = 'f')
                order by contype = 'f' desc, conname""",
                rs -> {
                    String add = "alter table " + table + " add constraint " + rs.getString(1) + " " + rs.getString(3);
                    ("f".equals(rs.getString(2)) ? foreignKeys : keys).add(add);
                    drops.add("alter table " + table + " drop constraint " + rs.getString(1));
                }, table, aside == Aside.EVERYTHING);
        List<String> indexes = new ArrayList<>();
        jdbc.query("""
                select i.indexrelid::regclass::text, pg_get_indexdef(i.indexrelid) from pg_index i
                where i.indrelid = cast(? as regclass)
                  and not exists (select 1 from pg_constraint c where c.conindid = i.indexrelid)
                  and (? or ? and not i.indisunique)
                order by 1""", rs -> {
                    drops.add("drop index " + rs.getString(1));
                    indexes.add(rs.getString(2));
                }, table, aside == Aside.EVERYTHING, aside == Aside.INDEXES);
        drops.forEach(jdbc::execute);
        T result = load.run();
        keys.forEach(jdbc::execute);
        indexes.forEach(jdbc::execute);
        foreignKeys.forEach(jdbc::execute);
        return result;
    }
}
