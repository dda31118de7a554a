package org.grassroots.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
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
     * Runs {@code load} with the table's foreign keys dropped and, when {@code keysToo}, its primary
     * and unique keys and its indexes (not for a table other tables refer to); returns its result.
     */
    static <T> T without(JdbcTemplate jdbc, String table, boolean keysToo, Supplier<T> load) {
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
                }, table, keysToo);
        List<String> indexes = new ArrayList<>();
        jdbc.query("""
                select i.indexrelid::regclass::text, pg_get_indexdef(i.indexrelid) from pg_index i
                where i.indrelid = cast(? as regclass)
                  and not exists (select 1 from pg_constraint c where c.conindid = i.indexrelid)
                  and ?
                order by 1""", rs -> {
                    drops.add("drop index " + rs.getString(1));
                    indexes.add(rs.getString(2));
                }, table, keysToo);
        drops.forEach(jdbc::execute);
        T result = load.get();
        keys.forEach(jdbc::execute);
        indexes.forEach(jdbc::execute);
        foreignKeys.forEach(jdbc::execute);
        return result;
    }
}
