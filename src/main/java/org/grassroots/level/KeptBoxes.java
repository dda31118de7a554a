package org.grassroots.level;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import org.grassroots.settings.SettingService;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * The level pages' boxes worked out from the box roll-up's rows, kept with the rows
 * ({@link BoxRollup.Derived}). At the city, adding up some 2,000 communities' rows box by box was most
 * of the page's time. A box is worked out again when the rows are read again (box_rollup_generation
 * moved: a row written, as by every refresh of community_rollup too, a region renamed or moved, a
 * resident unit or report written, V33 and V34; a work task or recipient, a transfer, a mobile member's
 * record, or an organization's name, category or parent written, V35), on another day, after any setting
 * changed, and for another language. The region is in scope: the page required it before reading the
 * rows, and the rows are read for region grants only, whose boxes do not depend on anything else of the
 * user.
 */
@Component
class KeptBoxes {

    private final Clock clock;
    private final SettingService settings;

    KeptBoxes(Clock clock, SettingService settings) {
        this.clock = clock;
        this.settings = settings;
    }

    <T> T get(BoxRollup.Boxes boxes, String box, long regionId, Supplier<T> compute) {
        return boxes.derived().get(List.of(box, regionId, LocalDate.now(clock), settings.inEffect(),
                LocaleContextHolder.getLocale()), compute);
    }

    /** As {@link #get}, when there are rows (a region grant); otherwise computed now, nothing kept. */
    <T> T get(Optional<BoxRollup.Boxes> boxes, String box, long regionId, Supplier<T> compute) {
        return boxes.map(b -> get(b, box, regionId, compute)).orElseGet(compute);
    }
}
