package io.github.azlighthouse.plugin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.File;
import java.lang.reflect.Field;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.apache.maven.api.plugin.testing.InjectMojo;
import org.apache.maven.api.plugin.testing.MojoParameter;
import org.apache.maven.api.plugin.testing.MojoTest;
import org.apache.maven.plugin.MojoFailureException;
import org.junit.jupiter.api.Test;

/** Mojo wiring: parameters from the POM and their effect. The core is tested on its own. */
@MojoTest
class GenerateMojoTest {

    static final String POM = "src/test/resources/unit/generate/pom.xml";

    /** A parameter field of the Mojo or of its base class. */
    static Field declared(Object mojo, String name) throws NoSuchFieldException {
        for (Class<?> c = mojo.getClass(); c != null; c = c.getSuperclass()) {
            try {
                Field f = c.getDeclaredField(name);
                f.setAccessible(true);
                return f;
            } catch (NoSuchFieldException e) {
                // look further up
            }
        }
        throw new NoSuchFieldException(name);
    }

    static Object field(Object mojo, String name) throws ReflectiveOperationException {
        return declared(mojo, name).get(mojo);
    }

    static void set(Object mojo, String name, Object value) throws ReflectiveOperationException {
        declared(mojo, name).set(mojo, value);
    }

    @Test
    @InjectMojo(goal = "generate", pom = POM)
    void configurationReachesTheMojoAndGenerates(GenerateMojo mojo) throws Exception {
        assertThat(((File) field(mojo, "customers")).getName()).isEqualTo("customers.yaml");
        assertThat(field(mojo, "rules")).isEqualTo(Map.of("authorization-count", "off"));
        assertThat(field(mojo, "failOnWarning")).isEqualTo(false);
        assertThat(field(mojo, "catalogMaxAgeDays")).isEqualTo(180);
        File out = (File) field(mojo, "outputDirectory");
        mojo.execute();
        assertThat(out.toPath().resolve("lighthouse-summary.json")).isRegularFile();
        File reports = (File) field(mojo, "reportsDirectory");
        assertThat(new File(reports, "TEST-lighthouse-generate.xml")).isFile(); // validate's are left alone
        assertThat(new File(reports, "lighthouse-generate.sarif")).isFile();
        assertThat(out.toPath().resolve("northwind/b1c2d3e4-f5a6-4b7c-8d9e-0f1a2b3c4d5e/standard.json"))
                .isRegularFile();
    }

    @Test
    @InjectMojo(goal = "generate", pom = POM)
    @MojoParameter(name = "skip", value = "true")
    void skipDoesNothing(GenerateMojo mojo) throws Exception {
        Path out = Files.createTempDirectory("skip").resolve("out");
        set(mojo, "outputDirectory", out.toFile());
        mojo.execute();
        assertThat(out).doesNotExist();
    }

    @Test
    @InjectMojo(goal = "generate", pom = POM)
    @MojoParameter(name = "skipGenerate", value = "true")
    void theGoalsOwnSkipDoesNothingEither(GenerateMojo mojo) throws Exception {
        Path out = Files.createTempDirectory("skip").resolve("out");
        set(mojo, "outputDirectory", out.toFile());
        mojo.execute();
        assertThat(out).doesNotExist();
    }

    @Test
    @InjectMojo(goal = "generate", pom = POM)
    @MojoParameter(name = "ruleSeverities", value = "no-such-rule=off")
    void unknownRuleIdsAreABuildFailureNamingTheValidIds(GenerateMojo mojo) {
        assertThatThrownBy(mojo::execute)
                .isInstanceOf(MojoFailureException.class)
                .hasMessageStartingWith(
                        "unknown rule id 'no-such-rule' in the rule configuration; rule ids: pec-account-missing,");
    }

    @Test
    @InjectMojo(goal = "generate", pom = POM)
    @MojoParameter(name = "ruleSeverities", value = "input-invalid=off")
    void inputInvalidCannotBeSwitchedOff(GenerateMojo mojo) {
        assertThatThrownBy(mojo::execute)
                .isInstanceOf(MojoFailureException.class)
                .hasMessageContaining("always stays an error");
    }

    @Test
    @InjectMojo(goal = "generate", pom = POM)
    void aMissingCustomerListIsABuildFailureNotACrash(GenerateMojo mojo) throws Exception {
        set(mojo, "customers", new File("does/not/exist.yaml"));
        assertThatThrownBy(mojo::execute)
                .isInstanceOf(MojoFailureException.class)
                .hasMessageContaining("not found")
                .hasMessageContaining("lighthouse.customers");
    }

    @Test
    @InjectMojo(goal = "generate", pom = POM)
    void findingsFailTheBuildWithASummaryAndNothingWritten(GenerateMojo mojo) throws Exception {
        Path dir = Files.createTempDirectory("bad");
        Path yaml = dir.resolve("customers.yaml");
        Path example = Path.of("examples/src/main/lighthouse/customers.yaml");
        Files.writeString(
                yaml, Files.readString(example).replace("role: Contributor\n  inject", "role: Reader\n  inject"));
        set(mojo, "customers", yaml.toFile());
        set(mojo, "outputDirectory", dir.resolve("out").toFile());
        assertThatThrownBy(mojo::execute)
                .isInstanceOf(MojoFailureException.class)
                .hasMessageStartingWith("lighthouse:generate found 1 error (5 occurrences) in customers.yaml (listed"
                        + " above); nothing was written to")
                .hasMessageEndingWith(". Fix it, or set the severity of pec-role-not-eligible in <rules> (README:"
                        + " Findings and rules).");
        assertThat(dir.resolve("out")).doesNotExist();
    }

    @Test
    @InjectMojo(goal = "generate", pom = POM)
    @MojoParameter(name = "failOnError", value = "false")
    void failOnErrorFalseReportsTheFindingsWritesNothingAndDoesNotFail(GenerateMojo mojo) throws Exception {
        Path dir = Files.createTempDirectory("bad");
        Path yaml = dir.resolve("customers.yaml");
        Path example = Path.of("examples/src/main/lighthouse/customers.yaml");
        Files.writeString(
                yaml, Files.readString(example).replace("role: Contributor\n  inject", "role: Reader\n  inject"));
        set(mojo, "customers", yaml.toFile());
        set(mojo, "outputDirectory", dir.resolve("out").toFile());
        set(mojo, "reportsDirectory", dir.resolve("reports").toFile());
        mojo.execute();
        assertThat(dir.resolve("out")).doesNotExist();
        assertThat(Files.readString(dir.resolve("reports/TEST-lighthouse-generate.xml")))
                .contains(
                        "<testcase name=\"customer fabrikam\" classname=\"lighthouse.generate\"",
                        "[pec-role-not-eligible]");
        assertThat(Files.readString(dir.resolve("reports/lighthouse-generate.sarif")))
                .contains("\"ruleId\" : \"pec-role-not-eligible\"");
    }

    /** One offer-level mistake on every customer that uses the offer is one problem, however often it shows. */
    @Test
    @InjectMojo(goal = "generate", pom = POM)
    void theFailureCountsProblemsNotTheirRepeats(GenerateMojo mojo) throws Exception {
        Path dir = Files.createTempDirectory("bad");
        Path yaml = dir.resolve("customers.yaml");
        Path example = Path.of("examples/src/main/lighthouse/customers.yaml");
        Files.writeString(
                yaml,
                Files.readString(example)
                        .replace(", displayName: Tier 1 Support", "")
                        .replace(
                                "role: Security Reader }",
                                "role: Security Reader }\n      - { principal: tier2, role: Owner }"));
        set(mojo, "customers", yaml.toFile());
        set(mojo, "outputDirectory", dir.resolve("out").toFile());
        assertThatThrownBy(mojo::execute)
                .isInstanceOf(MojoFailureException.class)
                .hasMessageStartingWith("lighthouse:generate found 2 errors (14 occurrences) in customers.yaml")
                .hasMessageEndingWith(
                        ". Fix them, or set the severity of display-name-missing and role-owner in <rules>"
                                + " (README: Findings and rules).");
    }

    /** input-invalid cannot be switched off: the failure does not suggest it. */
    @Test
    @InjectMojo(goal = "generate", pom = POM)
    void aMalformedListIsNotToldToChangeASeverity(GenerateMojo mojo) throws Exception {
        Path dir = Files.createTempDirectory("bad");
        Path yaml = dir.resolve("customers.yaml");
        Files.writeString(
                yaml,
                Files.readString(Path.of("examples/src/main/lighthouse/customers.yaml"))
                        .replace("offers: [standard]", "offers: [gold]"));
        set(mojo, "customers", yaml.toFile());
        set(mojo, "outputDirectory", dir.resolve("out").toFile());
        assertThatThrownBy(mojo::execute)
                .isInstanceOf(MojoFailureException.class)
                .hasMessageStartingWith("lighthouse:generate found 1 error in customers.yaml")
                .hasMessageEndingWith(". Fix it.")
                .hasMessageNotContaining("<rules>");
    }
}
