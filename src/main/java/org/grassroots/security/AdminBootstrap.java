package org.grassroots.security;

import java.security.SecureRandom;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.util.StringUtils;

/**
 * On a database without users, creates one system administrator "admin". The password comes from
 * GRASSROOTS_ADMIN_PASSWORD; without it a random one is printed once and must be changed at first sign-in.
 * Runs after the demo seed, which brings its own users.
 */
@Component
@Order(100)
class AdminBootstrap implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(AdminBootstrap.class);
    private static final String ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnpqrstuvwxyz23456789";

    private final AppUserRepository users;
    private final PasswordEncoder encoder;
    private final String configuredPassword;

    AdminBootstrap(AppUserRepository users, PasswordEncoder encoder,
            @Value("${grassroots.admin-password:}") String configuredPassword) {
        this.users = users;
        this.encoder = encoder;
        this.configuredPassword = configuredPassword;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        if (users.count() > 0) {
            return;
        }
        boolean generated = !StringUtils.hasText(configuredPassword);
        String password = generated ? randomPassword() : configuredPassword;
        AppUser admin = AppUser.create("admin", encoder.encode(password), "admin", Role.SYSTEM_ADMIN, null, null);
        if (generated) {
            admin.requirePasswordChange();
            log.warn("Created user 'admin' with one-time password {} (change it at first sign-in)", password);
        } else {
            log.info("Created user 'admin' with the password from GRASSROOTS_ADMIN_PASSWORD");
        }
        users.save(admin);
    }

    private static String randomPassword() {
        SecureRandom random = new SecureRandom();
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < 16; i++) {
            sb.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
        }
        return sb.toString();
    }
}
