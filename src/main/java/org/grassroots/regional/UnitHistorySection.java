package org.grassroots.regional;

import java.util.Optional;
import org.grassroots.resident.ResidentUnit;
import org.grassroots.resident.ResidentUnitSection;
import org.grassroots.shared.Scope;
import org.springframework.stereotype.Component;

/** Adds the unit's contacts and its co-building history to the resident unit page. */
@Component
class UnitHistorySection implements ResidentUnitSection {

    private final RegionalPages pages;

    UnitHistorySection(RegionalPages pages) {
        this.pages = pages;
    }

    @Override
    public Optional<Section> sectionFor(ResidentUnit unit, Scope scope, boolean writable) {
        return Optional.of(new Section("regional/fragments", "unitHistory", pages.history(unit.getId(), writable)));
    }
}
