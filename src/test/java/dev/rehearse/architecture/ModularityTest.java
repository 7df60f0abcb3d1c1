package dev.rehearse.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import dev.rehearse.Application;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.springframework.data.repository.Repository;
import org.springframework.modulith.core.ApplicationModule;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;

/**
 * Keeps the package-by-feature shape. Spring Modulith's verification fails on a cycle between features and on a
 * feature reaching into another's {@code internal} or {@code ui} package (only its root package and the types it
 * marks {@code @NamedInterface} are open). The ArchUnit rules keep views thin and services secured. The module
 * diagram in docs/architecture.md is checked against the code.
 */
class ModularityTest {

    static final ApplicationModules MODULES = ApplicationModules.of(Application.class);

    static final JavaClasses CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("dev.rehearse");

    static final Path ARCHITECTURE = Path.of("docs", "architecture.md");

    @Test
    void featuresHaveNoCyclesAndUseOnlyEachOthersPublishedTypes() {
        MODULES.verify();
    }

    @Test
    void theFeaturesAreTheOnesTheArchitectureDocumentDescribes() {
        assertThat(MODULES.stream().map(ApplicationModule::getName))
                .containsExactlyInAnyOrder("admin", "attempts", "base", "coverage", "export", "home", "interview", "progress", "questionbank", "review", "scheduling",
                        "security");
    }

    @Test
    void theArchitectureDocumentCarriesTheModuleDiagramOfTheCode() throws IOException {
        new Documenter(MODULES).writeModulesAsPlantUml().writeIndividualModulesAsPlantUml();
        String diagram = mermaid();
        Path generated = Path.of("target", "spring-modulith-docs", "modules.mmd");
        Files.writeString(generated, diagram);
        assertThat(Files.readString(ARCHITECTURE))
                .as("docs/architecture.md shows the module diagram as the code has it now; copy it from " + generated)
                .contains(diagram);
    }

    /** One arrow per direct dependency between two features, in name order. */
    private static String mermaid() {
        String edges = MODULES.stream().sorted(Comparator.comparing(ApplicationModule::getName))
                .flatMap(module -> module.getDirectDependencies(MODULES).uniqueModules()
                        .map(ApplicationModule::getName).sorted().distinct()
                        .map(target -> "    " + module.getName() + " --> " + target))
                .collect(Collectors.joining("\n"));
        return "```mermaid\nflowchart LR\n" + edges + "\n```\n";
    }

    @Test
    void viewsNeverTouchRepositories() {
        noClasses().that().resideInAPackage("..ui..")
                .should().dependOnClassesThat().areAssignableTo(Repository.class)
                .check(CLASSES);
    }

    @Test
    void servicesAreSecuredAndTransactional() {
        classes().that().haveSimpleNameEndingWith("Service").and().resideOutsideOfPackage("..internal..")
                .should().beAnnotatedWith(Service.class)
                .check(CLASSES);
        // AccountService serves the sign-in and registration pages, before anyone is signed in.
        classes().that().haveSimpleNameEndingWith("Service").and().areAnnotatedWith(Service.class)
                .and().doNotHaveSimpleName("AccountService")
                .should().beAnnotatedWith(PreAuthorize.class)
                .check(CLASSES);
        // CoverageService computes from what it is given and reads no database: a transaction would only hold a
        // connection while the model runs.
        classes().that().haveSimpleNameEndingWith("Service").and().areAnnotatedWith(Service.class)
                .and().doNotHaveSimpleName("AccountService").and().doNotHaveSimpleName("CoverageService")
                .should().beAnnotatedWith(org.springframework.transaction.annotation.Transactional.class)
                .check(CLASSES);
    }
}
