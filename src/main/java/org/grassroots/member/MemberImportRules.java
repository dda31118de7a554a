package org.grassroots.member;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.util.unit.DataSize;

/**
 * Limits of the Excel import of members (docs/rules/member-import.md).
 *
 * @param maxRows     data rows one file may hold; a longer file is refused before any row is checked
 * @param maxFileSize size of the largest file accepted (below {@code spring.servlet.multipart.max-file-size})
 * @param jobTtl      how long a checked file waits for its import or cancellation before it is dropped
 */
@ConfigurationProperties("grassroots.import")
public record MemberImportRules(Integer maxRows, DataSize maxFileSize, Duration jobTtl) {

    public MemberImportRules {
        maxRows = maxRows == null ? 20_000 : maxRows;
        maxFileSize = maxFileSize == null ? DataSize.ofMegabytes(5) : maxFileSize;
        jobTtl = jobTtl == null ? Duration.ofHours(2) : jobTtl;
    }

    public static MemberImportRules defaults() {
        return new MemberImportRules(null, null, null);
    }
}
