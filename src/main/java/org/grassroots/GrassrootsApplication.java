package org.grassroots;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

@SpringBootApplication
@ConfigurationPropertiesScan
public class GrassrootsApplication {

    public static void main(String[] args) {
        SpringApplication.run(GrassrootsApplication.class, args);
    }
}
