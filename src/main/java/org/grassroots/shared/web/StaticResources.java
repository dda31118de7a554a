package org.grassroots.shared.web;

import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.config.annotation.ResourceHandlerRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.resource.LiteWebJarsResourceResolver;

/**
 * Serves the static files under their own paths only: the style sheets, scripts, the icon and the
 * WebJars (by version-less paths). Spring Boot's default maps every path to the static folders
 * ({@code spring.web.resources.add-mappings=false} turns it off), and then every link a page renders
 * was looked up as a file in the application's jar before it was written out: about half the time of
 * the cheapest page, and a few hundred lookups on a level page. With these mappings only links under
 * them are resolved. Each chain keeps what it resolved: the style sheet's and the scripts' links of the
 * layout were otherwise looked up in the jar again on every page.
 */
@Configuration
class StaticResources implements WebMvcConfigurer {

    @Override
    public void addResourceHandlers(ResourceHandlerRegistry registry) {
        registry.addResourceHandler("/webjars/**").addResourceLocations("classpath:/META-INF/resources/webjars/")
                .resourceChain(true).addResolver(new LiteWebJarsResourceResolver());
        registry.addResourceHandler("/css/**").addResourceLocations("classpath:/static/css/").resourceChain(true);
        registry.addResourceHandler("/js/**").addResourceLocations("classpath:/static/js/").resourceChain(true);
        registry.addResourceHandler("/favicon.svg", "/favicon.ico").addResourceLocations("classpath:/static/");
    }
}
