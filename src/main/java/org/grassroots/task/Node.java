package org.grassroots.task;

/** An issuer or addressee of tasks: a region or a Party organization. */
public record Node(boolean isRegion, long id) {

    static Node region(long id) {
        return new Node(true, id);
    }

    static Node org(long id) {
        return new Node(false, id);
    }
}
