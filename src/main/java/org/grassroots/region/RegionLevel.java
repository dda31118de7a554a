package org.grassroots.region;

import java.util.Optional;

/** 市 → 区 → 街道 → 社区. Labels: region.level.&lt;NAME&gt;. */
public enum RegionLevel {
    CITY, DISTRICT, STREET, COMMUNITY;

    public Optional<RegionLevel> next() {
        return this == COMMUNITY ? Optional.empty() : Optional.of(values()[ordinal() + 1]);
    }
}
