package io.github.azlighthouse.plugin;

import static io.github.azlighthouse.plugin.GenerateMojoTest.field;
import static io.github.azlighthouse.plugin.GenerateMojoTest.set;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.maven.api.plugin.testing.InjectMojo;
import org.apache.maven.api.plugin.testing.MojoParameter;
import org.apache.maven.api.plugin.testing.MojoTest;
import org.apache.maven.plugin.MojoFailureException;
import org.junit.jupiter.api.Test;

/** Mojo wiring of {@code diff}: parameters, outputs, failure and its switches. The comparison is tested on its own. */
@MojoTest
class DiffMojoTest {

    static final String POM = "src/test/resources/unit/diff/pom.xml";
    static final Path EXAMPLE = Path.of("examples/src/main/lighthouse/customers.yaml");

    /** The example list with the PEC account demoted to Reader, in a folder of its own. */
    static Path demoted() throws Exception {
        Path yaml = Files.createTempDirectory("diff").resolve("customers.yaml");
        Files.writeString(
                yaml, Files.readString(EXAMPLE).replace("role: Contributor\n  inject", "role: Reader\n  inject"));
        return yaml;
    }

    @Test
    @InjectMojo(goal = "diff", pom = POM)
    void theSameListIsNoChangeAndEveryOutputIsWritten(DiffMojo mojo) throws Exception {
        mojo.execute();
        Path out = ((File) field(mojo, "outputDirectory")).toPath();
        Path reports = ((File) field(mojo, "reportsDirectory")).toPath();
        assertThat(Files.readString(out.resolve("diff.md")))
                .contains("No changes: the customer list grants exactly the" + " access of the baseline.");
        assertThat(Files.readString(out.resolve("diff.json"))).contains("\"changes\": []");
        assertThat(reports.resolve("TEST-lighthouse-diff.xml")).isRegularFile();
        assertThat(reports.resolve("lighthouse-diff.sarif")).isRegularFile();
    }

    @Test
    @InjectMojo(goal = "diff", pom = POM)
    void aPecRegressionFailsTheBuild(DiffMojo mojo) throws Exception {
        set(mojo, "customers", demoted().toFile());
        assertThatThrownBy(mojo::execute)
                .isInstanceOf(MojoFailureException.class)
                .hasMessageStartingWith("lighthouse:diff found 1 error (5 occurrences) in customers.yaml against"
                        + " customer list examples/src/main/lighthouse/customers.yaml (listed above).")
                .hasMessageEndingWith(
                        "Fix it, or set the severity of pec-regression in <rules> (README: Findings and rules).");
    }

    @Test
    @InjectMojo(goal = "diff", pom = POM)
    @MojoParameter(name = "failOnError", value = "false")
    void failOnErrorFalseReportsWithoutFailing(DiffMojo mojo) throws Exception {
        set(mojo, "customers", demoted().toFile());
        mojo.execute();
        Path reports = ((File) field(mojo, "reportsDirectory")).toPath();
        assertThat(Files.readString(reports.resolve("lighthouse-diff.sarif")))
                .contains("\"ruleId\" : \"pec-regression\"");
    }

    @Test
    @InjectMojo(goal = "diff", pom = POM)
    @MojoParameter(name = "skipDiff", value = "true")
    void theGoalsOwnSkipDoesNothing(DiffMojo mojo) throws Exception {
        Path out = Files.createTempDirectory("skip").resolve("out");
        set(mojo, "outputDirectory", out.toFile());
        mojo.execute();
        assertThat(out).doesNotExist();
    }

    @Test
    @InjectMojo(goal = "diff", pom = POM)
    void withoutABaselineOrWithAMissingOneItSaysWhatToGive(DiffMojo mojo) throws Exception {
        set(mojo, "baseline", null);
        assertThatThrownBy(mojo::execute)
                .isInstanceOf(MojoFailureException.class)
                .hasMessageContaining("-Dlighthouse.baseline=")
                .hasMessageContaining("git show origin/main:");
        set(mojo, "baseline", "no/such/baseline.yaml");
        assertThatThrownBy(mojo::execute)
                .isInstanceOf(MojoFailureException.class)
                .hasMessageStartingWith("lighthouse.baseline no/such/baseline.yaml: no such file or folder");
        set(mojo, "baseline", "org.example:kit:1.0");
        set(mojo, "repositorySystem", null);
        assertThatThrownBy(mojo::execute)
                .isInstanceOf(MojoFailureException.class)
                .hasMessageStartingWith("lighthouse.baseline org.example:kit:1.0: Maven's repository system is not"
                        + " available here");
    }

    @Test
    void coordinatesAreToldFromPaths() {
        assertThat(ReleasedArchive.isCoordinates("io.github.x:kit:1.0.0")).isTrue();
        assertThat(ReleasedArchive.isCoordinates("target/baseline.yaml")).isFalse();
        assertThat(ReleasedArchive.isCoordinates("C:\\work\\kit.zip")).isFalse();
        assertThat(ReleasedArchive.isCoordinates("a:b")).isFalse();
    }
}
