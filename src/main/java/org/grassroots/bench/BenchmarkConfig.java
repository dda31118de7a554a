package org.grassroots.bench;

import java.time.Clock;
import javax.sql.DataSource;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.core.env.Environment;

/**
 * Benchmark mode, only with {@code grassroots.benchmark} set (e.g. {@code --grassroots.benchmark=run}):
 * the server-time filter around every request and the driver that runs once the server is up.
 * Without the option none of this exists.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty(name = BenchmarkOptions.MODE)
class BenchmarkConfig {

    @Bean
    ServerTiming serverTiming() {
        return new ServerTiming();
    }

    /** Outermost, so the server time covers the security chain and everything after it. */
    @Bean
    FilterRegistrationBean<ServerTiming> serverTimingFilter(ServerTiming timing) {
        FilterRegistrationBean<ServerTiming> registration = new FilterRegistrationBean<>(timing);
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
        registration.addUrlPatterns("/*");
        return registration;
    }

    @Bean
    BenchmarkRunner benchmarkRunner(Environment env, DataSource dataSource, ServerTiming timing, Clock clock,
            ConfigurableApplicationContext context) {
        return new BenchmarkRunner(env, dataSource, timing, clock, context);
    }
}
