package org.grassroots.dues;

import java.util.Arrays;

/** A broken dues rule for one form field (null: the whole form), with the values its message names. */
record Violation(String field, String key, Object... args) {

    @Override
    public boolean equals(Object o) {
        return o instanceof Violation v && java.util.Objects.equals(field, v.field) && key.equals(v.key)
                && Arrays.equals(args, v.args);
    }

    @Override
    public int hashCode() {
        return java.util.Objects.hash(field, key, Arrays.hashCode(args));
    }

    @Override
    public String toString() {
        return field + ":" + key + Arrays.toString(args);
    }
}
