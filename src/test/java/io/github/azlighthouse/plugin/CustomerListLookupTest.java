package io.github.azlighthouse.plugin;

import static io.github.azlighthouse.plugin.GenerateMojoTest.set;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.maven.api.plugin.testing.InjectMojo;
import org.apache.maven.api.plugin.testing.MojoTest;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugin.logging.SystemStreamLog;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Without {@code customers} set, the goals take {@code src/main/lighthouse/customers.yaml}, {@code .yml} or
 * {@code .json}, whichever exists, and say which; two at once fail the build.
 */
@MojoTest
class CustomerListLookupTest {

    static final Path EXAMPLE = Path.of("examples/src/main/lighthouse/customers.yaml");

    @TempDir
    Path project;

    final List<String> log = new ArrayList<>();

    @BeforeEach
    void folder() throws Exception {
        Files.createDirectories(project.resolve("src/main/lighthouse"));
    }

    /** The Mojo as a project in {@link #project} without {@code customers} configured would have it. */
    <T extends AbstractMojo> T inProject(T mojo) throws Exception {
        set(mojo, "customers", null);
        set(mojo, "basedir", project.toFile());
        set(mojo, "outputDirectory", project.resolve("target/lighthouse").toFile());
        mojo.setLog(new SystemStreamLog() {
            @Override
            public void info(CharSequence content) {
                log.add(content.toString());
            }
        });
        return mojo;
    }

    void write(String name, String text) throws Exception {
        Files.writeString(project.resolve("src/main/lighthouse").resolve(name), text);
    }

    static String exampleAsJson() throws Exception {
        return new ObjectMapper()
                .writerWithDefaultPrettyPrinter()
                .writeValueAsString(new YAMLMapper().readTree(EXAMPLE.toFile()));
    }

    @Test
    @InjectMojo(goal = "generate", pom = GenerateMojoTest.POM)
    void customersYmlIsFoundAndNamed(GenerateMojo mojo) throws Exception {
        write("customers.yml", Files.readString(EXAMPLE));
        inProject(mojo).execute();
        assertThat(log)
                .contains("Using customer list src/main/lighthouse/customers.yml" + " (lighthouse.customers not set).");
        assertThat(log)
                .anyMatch(l -> l.startsWith("Generated 5 delegations for 2 customers from"
                        + " src/main/lighthouse/customers.yml into target/lighthouse"));
    }

    @Test
    @InjectMojo(goal = "generate", pom = GenerateMojoTest.POM)
    void customersJsonIsFoundAndNamed(GenerateMojo mojo) throws Exception {
        write("customers.json", exampleAsJson());
        inProject(mojo).execute();
        assertThat(log)
                .contains(
                        "Using customer list src/main/lighthouse/customers.json" + " (lighthouse.customers not set).");
        assertThat(project.resolve("target/lighthouse/northwind/b1c2d3e4-f5a6-4b7c-8d9e-0f1a2b3c4d5e/standard.json"))
                .isRegularFile();
    }

    @Test
    @InjectMojo(goal = "generate", pom = GenerateMojoTest.POM)
    void customersYamlComesFirstAndIsNamedToo(GenerateMojo mojo) throws Exception {
        write("customers.yaml", Files.readString(EXAMPLE));
        inProject(mojo).execute();
        assertThat(log)
                .contains(
                        "Using customer list src/main/lighthouse/customers.yaml" + " (lighthouse.customers not set).");
    }

    @Test
    @InjectMojo(goal = "generate", pom = GenerateMojoTest.POM)
    void twoListsAreABuildFailureNamingBoth(GenerateMojo mojo) throws Exception {
        write("customers.yaml", Files.readString(EXAMPLE));
        write("customers.json", exampleAsJson());
        assertThatThrownBy(inProject(mojo)::execute)
                .isInstanceOf(MojoFailureException.class)
                .hasMessage("2 customer lists in src/main/lighthouse: customers.yaml and customers.json. Keep one,"
                        + " or choose it with -Dlighthouse.customers=src/main/lighthouse/customers.yaml (or <customers>"
                        + " in the plugin's configuration).");
        assertThat(project.resolve("target/lighthouse")).doesNotExist();
    }

    @Test
    @InjectMojo(goal = "generate", pom = GenerateMojoTest.POM)
    void threeListsAreNamedInOneSentence(GenerateMojo mojo) throws Exception {
        write("customers.yaml", Files.readString(EXAMPLE));
        write("customers.yml", Files.readString(EXAMPLE));
        write("customers.json", exampleAsJson());
        assertThatThrownBy(inProject(mojo)::execute)
                .isInstanceOf(MojoFailureException.class)
                .hasMessageStartingWith("3 customer lists in src/main/lighthouse: customers.yaml, customers.yml and"
                        + " customers.json. Keep one,");
    }

    /** validate treats a list as optional, but an ambiguous one is still an error, not a silent pick. */
    @Test
    @InjectMojo(goal = "validate", pom = ValidateMojoTest.POM)
    void twoListsFailValidateToo(ValidateMojo mojo) throws Exception {
        write("customers.yml", Files.readString(EXAMPLE));
        write("customers.json", exampleAsJson());
        assertThatThrownBy(inProject(mojo)::execute)
                .isInstanceOf(MojoFailureException.class)
                .hasMessageStartingWith("2 customer lists in src/main/lighthouse: customers.yml and customers.json.");
    }

    @Test
    @InjectMojo(goal = "generate", pom = GenerateMojoTest.POM)
    void anExplicitListWinsOverTheLookup(GenerateMojo mojo) throws Exception {
        write("customers.yaml", Files.readString(EXAMPLE));
        write("customers.json", exampleAsJson());
        inProject(mojo);
        set(
                mojo,
                "customers",
                project.resolve("src/main/lighthouse/customers.json").toFile());
        mojo.execute();
        assertThat(log).noneMatch(l -> l.startsWith("Using customer list "));
        assertThat(log).anyMatch(l -> l.contains(" from src/main/lighthouse/customers.json into "));
    }

    @Test
    @InjectMojo(goal = "generate", pom = GenerateMojoTest.POM)
    void noListNamesEveryPlaceLookedAt(GenerateMojo mojo) throws Exception {
        assertThatThrownBy(inProject(mojo)::execute)
                .isInstanceOf(MojoFailureException.class)
                .hasMessage("Customer list src/main/lighthouse/customers.yaml, customers.yml or customers.json not"
                        + " found. Create it (see README, 'The customer list') or point -Dlighthouse.customers at it.");
    }
}
