package org.grassroots.shared;

/** A rule that needs other aggregates failed; the key names a message in messages.properties. */
public class BusinessRuleException extends RuntimeException {

    private final String field;
    private final String messageKey;
    private final transient Object[] args;

    public BusinessRuleException(String messageKey, Object... args) {
        this(null, messageKey, args);
    }

    private BusinessRuleException(String field, String messageKey, Object... args) {
        super(messageKey);
        this.field = field;
        this.messageKey = messageKey;
        this.args = args;
    }

    /** The rule concerns one form field; the form shows the message beside it. */
    public static BusinessRuleException onField(String field, String messageKey, Object... args) {
        return new BusinessRuleException(field, messageKey, args);
    }

    public String field() {
        return field;
    }

    public String messageKey() {
        return messageKey;
    }

    public Object[] args() {
        return args.clone();
    }
}
