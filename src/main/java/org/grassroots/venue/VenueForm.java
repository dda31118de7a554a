package org.grassroots.venue;

import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import lombok.Data;

/** Web input for a service venue; the keeping region is chosen only when the venue is created. */
@Data
public class VenueForm {

    private Long regionId;

    @NotNull(message = "{venue.kind.required}")
    private VenueKind kind;

    @NotBlank(message = "{venue.name.required}")
    @Size(max = 200, message = "{venue.name.size}")
    private String name;

    @Size(max = 200, message = "{venue.address.size}")
    private String address;

    @NotNull(message = "{venue.area.required}")
    @DecimalMin(value = "0", inclusive = false, message = "{venue.area.positive}")
    @Digits(integer = 7, fraction = 1, message = "{venue.area.digits}")
    private BigDecimal areaM2;

    @Size(max = 200, message = "{venue.openingHours.size}")
    private String openingHours;

    @Size(max = 2000, message = "{venue.services.size}")
    private String services;

    private List<Long> circleIds = new ArrayList<>();

    private Long version;

    static VenueForm of(ServiceVenue v) {
        VenueForm form = new VenueForm();
        form.regionId = v.getRegionId();
        form.kind = v.getKind();
        form.name = v.getName();
        form.address = v.getAddress();
        form.areaM2 = v.getAreaM2();
        form.openingHours = v.getOpeningHours();
        form.services = v.getServices();
        form.circleIds = new ArrayList<>(v.getCircle());
        form.version = v.getVersion();
        return form;
    }
}
