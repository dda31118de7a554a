package org.grassroots.member;

import java.util.List;

/** The file as a whole cannot be imported: a message key for the upload form, with its arguments. */
class ImportFileException extends RuntimeException {

    private final String key;
    private final List<String> args;

    ImportFileException(String key, String... args) {
        super(key);
        this.key = key;
        this.args = List.of(args);
    }

    String key() {
        return key;
    }

    Object[] args() {
        return args.toArray();
    }
}
