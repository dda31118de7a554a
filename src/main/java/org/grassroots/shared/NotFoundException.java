package org.grassroots.shared;

/** A missing id and an id outside the user's scope are the same thing to the user: 404. */
public class NotFoundException extends RuntimeException {

    public NotFoundException(String entity, Object id) {
        super(entity + " " + id + " not found in scope");
    }
}
