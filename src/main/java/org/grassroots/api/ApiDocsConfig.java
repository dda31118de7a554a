package org.grassroots.api;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import org.grassroots.shared.Scope;
import org.springdoc.core.utils.SpringDocUtils;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The OpenAPI description of the read API: bearer tokens, and the Scope argument left out. */
@Configuration(proxyBeanMethods = false)
class ApiDocsConfig {

    static {
        // resolved from the signed-in token's user, never sent by the caller
        SpringDocUtils.getConfig().addRequestWrapperToIgnore(Scope.class);
    }

    @Bean
    OpenAPI grassrootsApi() {
        return new OpenAPI()
                .info(new Info().title("Grassroots read API").version("v1")
                        .description("Read-only JSON, scoped like the pages of the token's user. See docs/api.md."))
                .components(new Components().addSecuritySchemes("token",
                        new SecurityScheme().type(SecurityScheme.Type.HTTP).scheme("bearer")))
                .addSecurityItem(new SecurityRequirement().addList("token"));
    }
}
