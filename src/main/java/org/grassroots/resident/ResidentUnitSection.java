package org.grassroots.resident;

import java.util.Optional;
import org.grassroots.shared.Scope;

/**
 * A section another feature adds to the resident unit page (regional Party building: contacts and the
 * co-building history), implemented by that feature so that {@code resident} does not depend on it.
 * The page renders {@code template :: selector} with the value as the variable {@code section}.
 */
public interface ResidentUnitSection {

    record Section(String template, String selector, Object value) {
    }

    /** The section for this unit (already visible to the caller), or empty for none. */
    Optional<Section> sectionFor(ResidentUnit unit, Scope scope, boolean writable);
}
