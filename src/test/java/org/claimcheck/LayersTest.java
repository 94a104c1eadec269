package org.claimcheck;

import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** The data flow of DESIGN.md: input packages, then checking, then reports and the CLI on top. */
class LayersTest {
    static final JavaClasses CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS).importPackages("org.claimcheck");

    @Test
    void layersOnlyDependDownwards() {
        layeredArchitecture().consideringOnlyDependenciesInLayers()
                .layer("cli").definedBy("org.claimcheck.cli..")
                .layer("report").definedBy("org.claimcheck.report..")
                .layer("coverage").definedBy("org.claimcheck.coverage..")
                .layer("rules").definedBy("org.claimcheck.rules..")
                .layer("check").definedBy("org.claimcheck.check..")
                .layer("input").definedBy("org.claimcheck.claim..", "org.claimcheck.source..", "org.claimcheck.cite..",
                        "org.claimcheck.anchor..", "org.claimcheck.yaml..", "org.claimcheck.time..", "org.claimcheck.text..")
                .whereLayer("cli").mayNotBeAccessedByAnyLayer()
                .whereLayer("report").mayOnlyBeAccessedByLayers("cli")
                .whereLayer("coverage").mayOnlyBeAccessedByLayers("cli")
                .whereLayer("rules").mayOnlyBeAccessedByLayers("cli")
                .whereLayer("check").mayOnlyBeAccessedByLayers("rules", "report", "coverage", "cli")
                .check(CLASSES);
    }

    @Test
    void sourcesAreReadWithoutKnowingAboutClaims() {
        noClasses().that().resideInAnyPackage("org.claimcheck.source..", "org.claimcheck.cite..")
                .should().dependOnClassesThat().resideInAnyPackage("org.claimcheck.claim..")
                .check(CLASSES);
    }
}
