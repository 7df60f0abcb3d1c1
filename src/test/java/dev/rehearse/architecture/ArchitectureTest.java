package dev.rehearse.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;
import org.springframework.data.repository.Repository;

/** Keeps the package-by-feature shape: views are thin, a feature's internals are its own. */
class ArchitectureTest {

    static final JavaClasses CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("dev.rehearse");

    static final String[] FEATURES = {"questionbank", "interview", "review", "security"};

    @Test
    void viewsNeverTouchRepositories() {
        noClasses().that().resideInAPackage("..ui..")
                .should().dependOnClassesThat().areAssignableTo(Repository.class)
                .check(CLASSES);
    }

    @Test
    void aFeaturesInternalPackageIsUsedOnlyByThatFeature() {
        for (String feature : FEATURES) {
            noClasses().that().resideOutsideOfPackage("dev.rehearse." + feature + "..")
                    .should().dependOnClassesThat().resideInAPackage("dev.rehearse." + feature + ".internal..")
                    .because(feature + ".internal is private to " + feature)
                    .check(CLASSES);
        }
    }

    @Test
    void servicesAreSecuredAndTransactional() {
        classes().that().haveSimpleNameEndingWith("Service").and().resideOutsideOfPackage("..internal..")
                .should().beAnnotatedWith(org.springframework.stereotype.Service.class)
                .check(CLASSES);
        classes().that().haveSimpleNameEndingWith("Service").and().areAnnotatedWith(
                        org.springframework.stereotype.Service.class)
                .and().doNotHaveSimpleName("AccountService")
                .should().beAnnotatedWith(org.springframework.security.access.prepost.PreAuthorize.class)
                .check(CLASSES);
    }
}
