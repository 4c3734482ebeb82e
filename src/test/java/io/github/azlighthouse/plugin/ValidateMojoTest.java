package io.github.azlighthouse.plugin;

import static io.github.azlighthouse.plugin.GenerateMojoTest.field;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.File;
import java.util.List;
import org.apache.maven.api.plugin.testing.InjectMojo;
import org.apache.maven.api.plugin.testing.MojoParameter;
import org.apache.maven.api.plugin.testing.MojoTest;
import org.apache.maven.plugin.MojoFailureException;
import org.junit.jupiter.api.Test;

@MojoTest
class ValidateMojoTest {

    static final String POM = "src/test/resources/unit/validate/pom.xml";

    @Test
    @InjectMojo(goal = "validate", pom = POM)
    void checksTheTemplateDirectoryAndWritesBothReports(ValidateMojo mojo) throws Exception {
        assertThat(field(mojo, "includes")).isEqualTo(List.of("**/*.json"));
        assertThat(field(mojo, "failOnError")).isEqualTo(true);
        mojo.execute();
        File reports = (File) field(mojo, "reportsDirectory");
        assertThat(new File(reports, "TEST-lighthouse.xml")).isFile();
        assertThat(new File(reports, "lighthouse.sarif")).isFile();
    }

    @Test
    @InjectMojo(goal = "validate", pom = POM)
    @MojoParameter(name = "pecPrincipalId", value = "0b9c8d7e-6f5a-4b3c-8d2e-1f0a9b8c7d6e")
    void anotherPecAccountFailsTheBuild(ValidateMojo mojo) {
        assertThatThrownBy(mojo::execute)
                .isInstanceOf(MojoFailureException.class)
                .hasMessageStartingWith("lighthouse:validate found 1 error in 1 of 1 templates");
    }

    @Test
    @InjectMojo(goal = "validate", pom = POM)
    @MojoParameter(name = "pecPrincipalId", value = "0b9c8d7e-6f5a-4b3c-8d2e-1f0a9b8c7d6e")
    @MojoParameter(name = "failOnError", value = "false")
    void failOnErrorFalseReportsWithoutFailing(ValidateMojo mojo) throws Exception {
        mojo.execute();
    }

    @Test
    @InjectMojo(goal = "validate", pom = POM)
    void withoutAPecAccountItRefusesToGuess(ValidateMojo mojo) throws Exception {
        GenerateMojoTest.set(mojo, "pecPrincipalId", null);
        assertThatThrownBy(mojo::execute)
                .isInstanceOf(MojoFailureException.class)
                .hasMessageContaining("-Dlighthouse.pecPrincipalId=<guid>");
    }

    @Test
    @InjectMojo(goal = "validate", pom = POM)
    @MojoParameter(name = "pecPrincipalId", value = "not-used")
    void aCustomerListReadBesideTheFilesGivesThePecAccount(ValidateMojo mojo) throws Exception {
        GenerateMojoTest.set(mojo, "customers", new File("examples/src/main/lighthouse/customers.yaml"));
        mojo.execute(); // "not-used" is no GUID: without the list's PEC account this would fail
        File reports = (File) field(mojo, "reportsDirectory");
        assertThat(new File(reports, "TEST-lighthouse.xml")).content().contains("failures=\"0\"");
    }

    @Test
    @InjectMojo(goal = "validate", pom = POM)
    void aBadCustomerListFailsTheBuildWithItsOwnFindings(ValidateMojo mojo) throws Exception {
        java.nio.file.Path dir = java.nio.file.Files.createTempDirectory("bad-list");
        java.nio.file.Path yaml = dir.resolve("customers.yaml");
        java.nio.file.Files.writeString(yaml, "managingTenantId: [unclosed\n");
        GenerateMojoTest.set(mojo, "customers", yaml.toFile());
        assertThatThrownBy(mojo::execute)
                .isInstanceOf(MojoFailureException.class)
                .hasMessageContaining("customers.yaml");
    }
}
