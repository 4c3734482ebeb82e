package io.github.azlighthouse;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The CI examples are valid YAML, do what README says (the target branch's list as the diff's baseline, diff.md
 * posted on the pull request, every goal's SARIF and JUnit XML published), and their shell steps pass
 * {@code bash -n} and shellcheck.
 */
class CiExamplesTest {

    static final Path CI =
            Path.of(System.getProperty("lighthouse.basedir", ".")).resolve("examples/ci");
    static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());

    @TempDir
    Path dir;

    static JsonNode read(String name) throws IOException {
        return YAML.readTree(Files.readString(CI.resolve(name), StandardCharsets.UTF_8));
    }

    @Test
    void gitHubActionsPostsTheDiffAndUploadsEveryGoalsSarif() throws Exception {
        JsonNode steps =
                read("github-actions.yml").path("jobs").path("validate").path("steps");
        assertThat(steps.isArray()).isTrue();
        List<String> runs = new ArrayList<>();
        List<String> sarif = new ArrayList<>();
        JsonNode comment = null;
        for (JsonNode s : steps) {
            if (s.has("run")) {
                runs.add(s.path("run").asText());
            }
            String uses = s.path("uses").asText();
            if (uses.startsWith("github/codeql-action/upload-sarif@")) {
                sarif.add(s.path("with").path("sarif_file").asText() + " "
                        + s.path("with").path("category").asText());
            }
            if (uses.startsWith("marocchino/sticky-pull-request-comment@")) {
                comment = s;
            }
        }
        assertThat(String.join("\n", runs))
                .contains(
                        "git show \"origin/$BASE_REF:src/main/lighthouse/customers.yaml\" > target/baseline.yaml",
                        "./mvnw -B -ntp lighthouse:diff -Dlighthouse.baseline=target/baseline.yaml -Dlighthouse.failOnError=false");
        assertThat(comment).isNotNull();
        assertThat(comment.path("with").path("path").asText()).isEqualTo("target/lighthouse/diff.md");
        assertThat(sarif)
                .containsExactly(
                        "target/lighthouse-reports/lighthouse.sarif lighthouse-validate",
                        "target/lighthouse-reports/lighthouse-generate.sarif lighthouse-generate",
                        "target/lighthouse-reports/lighthouse-diff.sarif lighthouse-diff");
        shellSteps(runs);
    }

    @Test
    void azurePipelinesPostsTheDiffThroughThePullRequestThreadsApi() throws Exception {
        JsonNode steps = read("azure-pipelines.yml").path("steps");
        List<String> scripts = new ArrayList<>();
        List<String> tasks = new ArrayList<>();
        for (JsonNode s : steps) {
            if (s.has("script")) {
                scripts.add(s.path("script").asText());
            }
            if (s.has("task")) {
                tasks.add(s.path("task").asText() + " "
                        + s.path("inputs").path("testResultsFiles").asText()
                        + s.path("inputs").path("artifactName").asText());
            }
        }
        String all = String.join("\n", scripts);
        assertThat(all)
                .contains(
                        "git show \"origin/${SYSTEM_PULLREQUEST_TARGETBRANCH#refs/heads/}:src/main/lighthouse/customers.yaml\"",
                        "target/lighthouse/diff.md",
                        "Authorization: Bearer $SYSTEM_ACCESSTOKEN",
                        "/pullRequests/${SYSTEM_PULLREQUEST_PULLREQUESTID}/threads?api-version=7.1");
        assertThat(tasks)
                .contains(
                        "PublishTestResults@2 target/lighthouse-reports/TEST-lighthouse*.xml",
                        "PublishBuildArtifacts@1 CodeAnalysisLogs");
        shellSteps(scripts);
    }

    /** Each shell step on its own: bash -n, and shellcheck where it is installed (CI has it). */
    void shellSteps(List<String> scripts) throws Exception {
        boolean shellcheck = exit(List.of("sh", "-c", "command -v shellcheck")) == 0;
        assertThat(shellcheck || System.getenv("CI") == null)
                .as("CI must have shellcheck (.ci/run installs it)")
                .isTrue();
        for (String script : scripts) {
            Path file = Files.createTempFile(dir, "step-", ".sh");
            Files.writeString(file, "#!/usr/bin/env bash\n" + script, StandardCharsets.UTF_8);
            assertThat(exit(List.of("bash", "-n", file.toString()))).as(script).isZero();
            if (shellcheck) {
                assertThat(exit(List.of("shellcheck", "-s", "bash", file.toString())))
                        .as(script)
                        .isZero();
            }
        }
    }

    static int exit(List<String> command) throws Exception {
        Process p = new ProcessBuilder(command)
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                .start();
        assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
        return p.exitValue();
    }
}
