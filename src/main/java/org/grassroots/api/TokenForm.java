package org.grassroots.api;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import lombok.Data;
import org.springframework.format.annotation.DateTimeFormat;

/** Web input for a new personal access token; a bean so that every typed value re-displays. */
@Data
public class TokenForm {

    @NotBlank(message = "{api.token.name.required}")
    @Size(max = 60, message = "{api.token.name.size}")
    private String name;

    /** The last day the token works; none: until revoked. */
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate expiresOn;
}
