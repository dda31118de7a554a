package org.grassroots.regional;

import lombok.Data;

/**
 * Filters of the regional lists, kept as text so that no value fails to bind: an unknown status,
 * type or category simply filters nothing.
 */
@Data
public class ListSearch {

    private String q;
    private String status;
    private String category;
    private String type;
    private int page;

    String like() {
        return q == null || q.isBlank() ? null : "%" + q.trim().replace("\\", "\\\\").replace("%", "\\%")
                .replace("_", "\\_") + "%";
    }

    static <E extends Enum<E>> String known(Class<E> type, String value) {
        if (value == null) {
            return null;
        }
        for (E e : type.getEnumConstants()) {
            if (e.name().equals(value)) {
                return value;
            }
        }
        return null;
    }
}
