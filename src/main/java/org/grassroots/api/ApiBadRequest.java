package org.grassroots.api;

/** A request parameter the API cannot answer: 400 with the parameter's name. */
class ApiBadRequest extends RuntimeException {

    private final String parameter;

    ApiBadRequest(String parameter) {
        super("bad parameter " + parameter);
        this.parameter = parameter;
    }

    String parameter() {
        return parameter;
    }
}
