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
class AuditMojoTest {

    static final String POM = "src/test/resources/unit/audit/pom.xml";

    @Test
    @InjectMojo(goal = "audit", pom = POM)
    @MojoParameter(name = "failOnError", value = "false")
    void writesEveryReportAndReportsWithoutFailing(AuditMojo mojo) throws Exception {
        assertThat(field(mojo, "pecRate")).isEqualTo(0.15);
        mojo.execute();
        File out = (File) field(mojo, "auditDirectory");
        for (String f : List.of("audit.json", "audit.html", "audit.md", "TEST-lighthouse.xml", "lighthouse.sarif")) {
            assertThat(new File(out, f)).as(f).isFile();
        }
    }

    @Test
    @InjectMojo(goal = "audit", pom = POM)
    void errorsFailTheBuild(AuditMojo mojo) {
        assertThatThrownBy(mojo::execute)
                .isInstanceOf(MojoFailureException.class)
                .hasMessageStartingWith("lighthouse:audit found 3 errors in 3 audited subscriptions");
    }

    @Test
    @InjectMojo(goal = "audit", pom = POM)
    void withoutExportsItSaysHowToMakeThem(AuditMojo mojo) throws Exception {
        GenerateMojoTest.set(mojo, "delegations", null);
        assertThatThrownBy(mojo::execute)
                .isInstanceOf(MojoFailureException.class)
                .hasMessageContaining("-Dlighthouse.delegations=")
                .hasMessageContaining("collect-delegations.sh");
    }

    @Test
    @InjectMojo(goal = "audit", pom = POM)
    @MojoParameter(name = "auditDate", value = "24.11.2026")
    void aDateThatIsNotIsoIsRefused(AuditMojo mojo) {
        assertThatThrownBy(mojo::execute)
                .isInstanceOf(MojoFailureException.class)
                .hasMessageContaining("yyyy-MM-dd");
    }

    @Test
    @InjectMojo(goal = "audit", pom = POM)
    @MojoParameter(name = "skipAudit", value = "true")
    void skipsWhenAsked(AuditMojo mojo) throws Exception {
        File out = (File) field(mojo, "auditDirectory");
        if (out.exists()) {
            try (var walk = java.nio.file.Files.walk(out.toPath())) {
                walk.sorted(java.util.Comparator.reverseOrder())
                        .forEach(p -> p.toFile().delete());
            }
        }
        mojo.execute();
        assertThat(out).doesNotExist();
    }
}
