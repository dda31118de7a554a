package org.grassroots;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The feature packages form a DAG (docs/architecture.md); every rule names packages that exist. */
class ArchitectureTests {

    private static JavaClasses classes;

    @BeforeAll
    static void importClasses() {
        classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("org.grassroots");
    }

    @Test
    void shouldHaveNoCyclesBetweenFeatures() {
        slices().matching("org.grassroots.(*)..").should().beFreeOfCycles().check(classes);
    }

    @Test
    void shouldKeepSharedFreeOfFeatures() {
        noClasses().that().resideInAPackage("org.grassroots.shared..")
                .should().dependOnClassesThat().resideInAnyPackage("org.grassroots.region..", "org.grassroots.org..",
                        "org.grassroots.member..", "org.grassroots.level..", "org.grassroots.security..",
                        "org.grassroots.audit..", "org.grassroots.demo..", "org.grassroots.system..")
                .check(classes);
    }

    @Test
    void shouldKeepLowerTreesIndependentOfMembersAndViews() {
        noClasses().that().resideInAnyPackage("org.grassroots.region..", "org.grassroots.org..")
                .should().dependOnClassesThat().resideInAnyPackage("org.grassroots.member..", "org.grassroots.level..",
                        "org.grassroots.security..")
                .check(classes);
    }

    @Test
    void shouldKeepSecurityIndependentOfFeatureEntities() {
        noClasses().that().resideInAPackage("org.grassroots.security..")
                .should().dependOnClassesThat().resideInAnyPackage("org.grassroots.member..", "org.grassroots.org..",
                        "org.grassroots.region..", "org.grassroots.level..")
                .check(classes);
    }

    /** Controllers reach data through services, which take the Scope; never through a repository. */
    @Test
    void shouldNotLetControllersUseRepositories() {
        noClasses().that().haveSimpleNameEndingWith("Controller")
                .should().dependOnClassesThat(JavaClass.Predicates.resideInAPackage("org.grassroots..")
                        .and(JavaClass.Predicates.simpleNameEndingWith("Repository")))
                .check(classes);
    }
}
