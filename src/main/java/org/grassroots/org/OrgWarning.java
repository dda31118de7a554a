package org.grassroots.org;

import java.util.List;

/** A setup problem of an organization, as a message key with its arguments. */
public record OrgWarning(String key, List<Object> args) {

    public static OrgWarning of(String key, Object... args) {
        return new OrgWarning(key, List.of(args));
    }

    public Object[] argArray() {
        return args.toArray();
    }
}
