package org.grassroots.reporting;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Optional;

/**
 * Names one employer of the feedback sheet in a URL: a Party organization of the system
 * ({@code o123}), or an outsider's employer by its name and its Party organization's name
 * ({@code x} + base64url of both).
 */
record EmployerKey(Long orgId, String employerName, String orgName) {

    private static final char SEPARATOR = '\u001f';

    static EmployerKey ofOrg(long orgId) {
        return new EmployerKey(orgId, null, null);
    }

    static EmployerKey ofOutsider(String employerName, String orgName) {
        return new EmployerKey(null, employerName, orgName == null ? "" : orgName);
    }

    boolean isOrg() {
        return orgId != null;
    }

    String encode() {
        if (isOrg()) {
            return "o" + orgId;
        }
        return "x" + Base64.getUrlEncoder().withoutPadding()
                .encodeToString((employerName + SEPARATOR + orgName).getBytes(StandardCharsets.UTF_8));
    }

    /** The key, or empty for anything this class did not write. */
    static Optional<EmployerKey> parse(String text) {
        if (text == null || text.length() < 2 || text.length() > 2000) {
            return Optional.empty();
        }
        if (text.charAt(0) == 'o' && text.substring(1).matches("\\d{1,18}")) {
            return Optional.of(ofOrg(Long.parseLong(text.substring(1))));
        }
        if (text.charAt(0) == 'x') {
            try {
                String plain = new String(Base64.getUrlDecoder().decode(text.substring(1)), StandardCharsets.UTF_8);
                int cut = plain.indexOf(SEPARATOR);
                if (cut > 0) {
                    return Optional.of(ofOutsider(plain.substring(0, cut), plain.substring(cut + 1)));
                }
            } catch (IllegalArgumentException e) {
                return Optional.empty();
            }
        }
        return Optional.empty();
    }
}
