package org.grassroots.regional;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import lombok.Data;

/** Web input for a unit's contact. */
@Data
public class ContactForm {

    @NotBlank(message = "{regional.contact.name.required}")
    @Size(max = 50, message = "{regional.size.50}")
    private String name;

    @Size(max = 50, message = "{regional.size.50}")
    private String title;

    @Pattern(regexp = "^$|^[0-9+\\- ]{5,20}$", message = "{regional.phone.invalid}")
    private String phone;

    private Long version;

    static ContactForm of(UnitContact c) {
        ContactForm f = new ContactForm();
        f.name = c.getName();
        f.title = c.getTitle();
        f.phone = c.getPhone();
        f.version = c.getVersion();
        return f;
    }
}
