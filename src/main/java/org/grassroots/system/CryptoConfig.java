package org.grassroots.system;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Base64;
import org.grassroots.shared.FieldCipher;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.util.StringUtils;

/**
 * The key for personal data comes from configuration (GRASSROOTS_CRYPTO_KEY, 32 bytes in base64).
 * Without one, a key is generated once into the data directory, readable by its owner only.
 */
@Configuration(proxyBeanMethods = false)
class CryptoConfig {

    private static final Logger log = LoggerFactory.getLogger(CryptoConfig.class);

    @Bean
    FieldCipher fieldCipher(@Value("${grassroots.crypto.key:}") String configuredKey,
            @Value("${grassroots.data-dir}") Path dataDir) throws IOException {
        if (StringUtils.hasText(configuredKey)) {
            return new FieldCipher(Base64.getDecoder().decode(configuredKey.trim()));
        }
        Path keyFile = dataDir.resolve("crypto.key");
        if (!Files.exists(keyFile)) {
            byte[] key = new byte[32];
            new SecureRandom().nextBytes(key);
            Files.createDirectories(dataDir);
            Files.writeString(keyFile, Base64.getEncoder().encodeToString(key));
            try {
                Files.setPosixFilePermissions(keyFile, PosixFilePermissions.fromString("rw-------"));
            } catch (UnsupportedOperationException e) {
                log.debug("file system without POSIX permissions");
            }
            log.warn("Generated a field encryption key in {}; back it up with the database, "
                    + "or set GRASSROOTS_CRYPTO_KEY", keyFile.toAbsolutePath());
        }
        return new FieldCipher(Base64.getDecoder().decode(Files.readString(keyFile).trim()));
    }
}
