package org.grassroots.member;

/**
 * The columns of the member import file, in the template's order. A file names them in its first row
 * (in any order); required columns must be there, optional ones may be left out. Labels:
 * memberImport.col.&lt;name&gt;, with the member form's label (member.&lt;field&gt;) accepted as well.
 */
enum ImportColumn {
    NAME("name", true),
    ID_NUMBER("idNumber", true),
    GENDER("gender", false),
    BIRTH_DATE("birthDate", false),
    ETHNICITY("ethnicity", true),
    PHONE("phone", false),
    ORG("org", true),
    STATUS("status", true),
    EDUCATION("education", true),
    OCCUPATION("occupation", true),
    WORK_UNIT("workUnit", false),
    APPLIED_ON("appliedOn", false),
    ACTIVIST_ON("activistOn", false),
    CANDIDATE_ON("candidateOn", false),
    ADMITTED_ON("admittedOn", false),
    FULL_MEMBER_ON("fullMemberOn", false);

    /** The member form's field name: MemberRecordPolicy names its violations by it. */
    final String field;
    final boolean required;

    ImportColumn(String field, boolean required) {
        this.field = field;
        this.required = required;
    }

    String labelKey() {
        return "memberImport.col." + field;
    }

    String memberLabelKey() {
        return "member." + field;
    }

    String hintKey() {
        return "memberImport.hint." + field;
    }

    static ImportColumn ofField(String field) {
        for (ImportColumn c : values()) {
            if (c.field.equals(field)) {
                return c;
            }
        }
        return null;
    }
}
