package io.github.azlighthouse;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.library.Architectures.LayeredArchitecture;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Packages only point down (README, Developing). From the ground up: {@code source} and {@code parallel};
 * {@code findings}; {@code customers} and {@code roles}; {@code delegation}; {@code rules} and {@code arm}
 * side by side; {@code check} (a template pair through the reader and the rule engine); the runs {@code generate}, {@code validate}, {@code diff} and {@code audit} side by side;
 * {@code report} and {@code pack} side by side; {@code plugin} on top. Packages of one layer do not use
 * each other. The root package ({@link Lighthouse}: name, version, summary file) is below everything.
 * Packages that do not exist yet are named so that they are covered when they arrive.
 */
class LayersTest {

    static final String ROOT = "io.github.azlighthouse";

    static JavaClasses classes;

    @BeforeAll
    static void importMainClasses() {
        classes = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages(ROOT);
    }

    /** Each package its own layer, so that "side by side" can be said as "may not be accessed by". */
    static LayeredArchitecture layers() {
        return layeredArchitecture()
                .consideringOnlyDependenciesInLayers()
                .withOptionalLayers(true)
                .layer("root")
                .definedBy(ROOT)
                .layer("source")
                .definedBy(ROOT + ".source..")
                .layer("parallel")
                .definedBy(ROOT + ".parallel..")
                .layer("findings")
                .definedBy(ROOT + ".findings..")
                .layer("customers")
                .definedBy(ROOT + ".customers..")
                .layer("roles")
                .definedBy(ROOT + ".roles..")
                .layer("delegation")
                .definedBy(ROOT + ".delegation..")
                .layer("rules")
                .definedBy(ROOT + ".rules..")
                .layer("arm")
                .definedBy(ROOT + ".arm..")
                .layer("check")
                .definedBy(ROOT + ".check..")
                .layer("generate")
                .definedBy(ROOT + ".generate..")
                .layer("validate")
                .definedBy(ROOT + ".validate..")
                .layer("diff")
                .definedBy(ROOT + ".diff..")
                .layer("audit")
                .definedBy(ROOT + ".audit..")
                .layer("report")
                .definedBy(ROOT + ".report..")
                .layer("pack")
                .definedBy(ROOT + ".pack..")
                .layer("plugin")
                .definedBy(ROOT + ".plugin..")
                .whereLayer("plugin")
                .mayNotBeAccessedByAnyLayer()
                .whereLayer("report")
                .mayOnlyBeAccessedByLayers("plugin")
                .whereLayer("pack")
                .mayOnlyBeAccessedByLayers("plugin")
                .whereLayer("generate")
                .mayOnlyBeAccessedByLayers("report", "pack", "plugin")
                .whereLayer("validate")
                .mayOnlyBeAccessedByLayers("report", "pack", "plugin")
                .whereLayer("diff")
                .mayOnlyBeAccessedByLayers("report", "pack", "plugin")
                .whereLayer("audit")
                .mayOnlyBeAccessedByLayers("report", "pack", "plugin")
                .whereLayer("check")
                .mayOnlyBeAccessedByLayers(runsAndAbove())
                .whereLayer("rules")
                .mayOnlyBeAccessedByLayers(checkAndAbove())
                .whereLayer("arm")
                .mayOnlyBeAccessedByLayers(checkAndAbove())
                .whereLayer("delegation")
                .mayOnlyBeAccessedByLayers(with(checkAndAbove(), "rules", "arm"))
                .whereLayer("customers")
                .mayOnlyBeAccessedByLayers(with(checkAndAbove(), "rules", "arm", "delegation"))
                .whereLayer("roles")
                .mayOnlyBeAccessedByLayers(with(checkAndAbove(), "rules", "arm", "delegation"))
                .whereLayer("findings")
                .mayOnlyBeAccessedByLayers(with(checkAndAbove(), "rules", "arm", "delegation", "customers", "roles"))
                .whereLayer("source")
                .mayOnlyBeAccessedByLayers(
                        with(checkAndAbove(), "rules", "arm", "delegation", "customers", "roles", "findings"))
                .whereLayer("parallel")
                .mayOnlyBeAccessedByLayers(
                        with(checkAndAbove(), "rules", "arm", "delegation", "customers", "roles", "findings"))
                .whereLayer("root")
                .mayOnlyBeAccessedByLayers(with(
                        checkAndAbove(),
                        "rules",
                        "arm",
                        "delegation",
                        "customers",
                        "roles",
                        "findings",
                        "source",
                        "parallel"));
    }

    static String[] runsAndAbove() {
        return new String[] {"generate", "validate", "diff", "audit", "report", "pack", "plugin"};
    }

    /** The runs and above, and {@code check}, the one path from a template pair to findings that they share. */
    static String[] checkAndAbove() {
        return with(runsAndAbove(), "check");
    }

    static String[] with(String[] layers, String... more) {
        String[] all = java.util.Arrays.copyOf(layers, layers.length + more.length);
        System.arraycopy(more, 0, all, layers.length, more.length);
        return all;
    }

    @Test
    void layersOnlyPointDown() {
        layers().check(classes);
    }

    @Test
    void noPackageCycles() {
        slices().matching(ROOT + ".(*)..").should().beFreeOfCycles().check(classes);
    }

    @Test
    void onlyThePluginPackageUsesMaven() {
        noClasses()
                .that()
                .resideOutsideOfPackage(ROOT + ".plugin..")
                .should()
                .dependOnClassesThat()
                .resideInAPackage("org.apache.maven..")
                .check(classes);
    }
}
