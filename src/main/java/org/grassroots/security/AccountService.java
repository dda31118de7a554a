package org.grassroots.security;

import org.grassroots.audit.AuditService;
import org.grassroots.shared.BusinessRuleException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
class AccountService {

    private final AppUserRepository users;
    private final PasswordEncoder encoder;
    private final AuditService audit;

    AccountService(AppUserRepository users, PasswordEncoder encoder, AuditService audit) {
        this.users = users;
        this.encoder = encoder;
        this.audit = audit;
    }

    @Transactional
    public void changePassword(long userId, PasswordForm form) {
        AppUser user = users.findById(userId).orElseThrow();
        if (!encoder.matches(form.getCurrentPassword(), user.getPasswordHash())) {
            throw BusinessRuleException.onField("currentPassword", "account.password.current.wrong");
        }
        if (!form.getNewPassword().equals(form.getConfirmPassword())) {
            throw BusinessRuleException.onField("confirmPassword", "account.password.confirm.mismatch");
        }
        if (form.getNewPassword().equals(form.getCurrentPassword())) {
            throw BusinessRuleException.onField("newPassword", "account.password.new.same");
        }
        user.changePassword(encoder.encode(form.getNewPassword()));
        audit.record("CHANGE_PASSWORD", "app_user", user.getId(), null);
    }
}
