package org.grassroots.region;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.grassroots.shared.BaseEntity;

/** A node of the administrative tree. path and ancestor ids are derived by the database. */
@Entity
@Table(name = "region")
public class Region extends BaseEntity {

    /**
     * SQL for the ids on the path parameter {@code :path} ("/1/2/3/"), as an array: a statement taking a
     * region's lineage this way keeps one shape whatever the depth, and is prepared once (an {@code in}
     * list of changing length is translated again for each length).
     */
    public static final String PATH_IDS_SQL =
            "cast(string_to_array(trim(both '/' from cast(:path as text)), '/') as bigint[])";

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private RegionLevel level;

    @Column(nullable = false)
    private String code;

    @Column(nullable = false)
    private String name;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "parent_id")
    private Region parent;

    @Column(insertable = false, updatable = false)
    private String path;

    protected Region() {
    }

    private Region(RegionLevel level, String code, String name, Region parent) {
        this.level = level;
        this.code = code;
        this.name = name;
        this.parent = parent;
    }

    public static Region city(String code, String name) {
        return new Region(RegionLevel.CITY, code, name, null);
    }

    /** A child is always exactly one level below its parent; a community has no children. */
    public Region addChild(String code, String name) {
        RegionLevel childLevel = level.next()
                .orElseThrow(() -> new IllegalArgumentException("a community has no child regions"));
        return new Region(childLevel, code, name, this);
    }

    public RegionLevel getLevel() {
        return level;
    }

    public String getCode() {
        return code;
    }

    public String getName() {
        return name;
    }

    public Region getParent() {
        return parent;
    }

    public String getPath() {
        return path;
    }

    /** Ids from the root down to this region, read from the path. */
    public List<Long> pathIds() {
        if (path == null) {
            return List.of();
        }
        List<Long> ids = new ArrayList<>();
        Arrays.stream(path.split("/")).filter(s -> !s.isEmpty()).forEach(s -> ids.add(Long.valueOf(s)));
        return ids;
    }

    /**
     * Items of this region's subtree grouped under the child region whose subtree holds each (read from
     * the item's region path); an item of this region itself goes under this region's own id. One pass
     * over the items, each list in the items' order.
     */
    public <T> Map<Long, List<T>> byChild(Collection<T> items, Function<T, String> pathOf) {
        int depth = pathIds().size();
        Map<Long, List<T>> byChild = new HashMap<>();
        for (T item : items) {
            byChild.computeIfAbsent(segment(pathOf.apply(item), depth), k -> new ArrayList<>()).add(item);
        }
        return byChild;
    }

    /** The id at the given depth of a path ("/1/5/9/": depth 1 is 5), or this region's id when it is shorter. */
    private long segment(String path, int depth) {
        int start = 1;
        for (int i = 0; i < depth; i++) {
            int slash = path.indexOf('/', start);
            if (slash < 0 || slash == path.length() - 1) {
                return getId();
            }
            start = slash + 1;
        }
        int end = path.indexOf('/', start);
        if (end < 0) {
            end = path.length();
        }
        return end > start ? Long.parseLong(path, start, end, 10) : getId();
    }

    public void rename(String newName) {
        this.name = newName;
    }
}
