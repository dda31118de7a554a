package org.grassroots.system;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;

/** Scheduled jobs (opening compliance periods); each takes a database lock so it runs once per cluster. */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
@ConditionalOnProperty(name = "grassroots.scheduling.enabled", havingValue = "true", matchIfMissing = true)
class SchedulingConfig {
}
