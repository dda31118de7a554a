package org.grassroots.security;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import lombok.Data;

@Data
class PasswordForm {

    @NotBlank(message = "{account.password.current.required}")
    private String currentPassword;

    @NotBlank(message = "{account.password.new.required}")
    @Size(min = 8, max = 100, message = "{account.password.new.size}")
    private String newPassword;

    @NotBlank(message = "{account.password.confirm.required}")
    private String confirmPassword;
}
