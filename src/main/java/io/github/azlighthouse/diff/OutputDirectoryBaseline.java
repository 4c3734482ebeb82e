package io.github.azlighthouse.diff;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.azlighthouse.Lighthouse;
import io.github.azlighthouse.delegation.Delegation;
import io.github.azlighthouse.findings.Finding;
import io.github.azlighthouse.findings.RuleIds;
import io.github.azlighthouse.findings.Severity;
import io.github.azlighthouse.findings.Subject;
import io.github.azlighthouse.source.Position;
import io.github.azlighthouse.source.SourceParser;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * A {@code generate} output directory as the baseline (a previous build's {@code target/lighthouse}): its
 * {@code lighthouse-summary.json} is streamed customer by customer, and each offer's parameter file is read back
 * as the delegation it was generated from. Whatever does not fit becomes a finding.
 */
final class OutputDirectoryBaseline {

    private static final long MAX_FILE = 16L * 1024 * 1024;

    private final Path dir;
    private final String shown;
    private final Spool index;
    private final ParameterFile parameters;
    private final JsonFactory json = JsonFactory.builder()
            .streamReadConstraints(
                    StreamReadConstraints.builder().maxNestingDepth(64).build())
            .build();
    private final ObjectMapper mapper = new ObjectMapper(json);

    private OutputDirectoryBaseline(Path dir, String shown, Spool index, SourceParser parser) {
        this.dir = dir.toAbsolutePath().normalize();
        this.shown = shown;
        this.index = index;
        this.parameters = new ParameterFile(parser);
    }

    static void read(Path dir, String shown, Spool index, SourceParser parser) throws IOException {
        new OutputDirectoryBaseline(dir, shown, index, parser).read();
    }

    private void read() throws IOException {
        Path summary = dir.resolve(Lighthouse.SUMMARY);
        String summaryShown = shown + "/" + Lighthouse.SUMMARY;
        if (!Files.isRegularFile(summary)) {
            problem(
                    Position.startOf(shown),
                    "no " + Lighthouse.SUMMARY + " here, so this is not the output of a"
                            + " successful lighthouse:generate; give a customer list, a generate output directory, an"
                            + " onboarding archive or groupId:artifactId:version as lighthouse.baseline");
            return;
        }
        if (Files.size(summary) > SourceParser.MAX_BYTES) {
            problem(Position.startOf(summaryShown), "file is larger than " + (SourceParser.MAX_BYTES >> 20) + " MiB");
            return;
        }
        try (InputStream in = Files.newInputStream(summary);
                JsonParser p = json.createParser(in)) {
            if (p.nextToken() != JsonToken.START_OBJECT) {
                problem(Position.startOf(summaryShown), "not a lighthouse-summary.json (no JSON object)");
                return;
            }
            while (p.nextToken() == JsonToken.FIELD_NAME) {
                String field = p.currentName();
                JsonToken value = p.nextToken();
                if (field.equals("customers") && value == JsonToken.START_ARRAY) {
                    while (p.nextToken() == JsonToken.START_OBJECT) {
                        customer(mapper.readTree(p));
                    }
                } else if (field.equals("managingTenantId") && value == JsonToken.VALUE_STRING) {
                    index.managingTenantId(p.getText());
                } else if (field.equals("pecAutomationAccount") && value == JsonToken.START_OBJECT) {
                    JsonNode pec = mapper.readTree(p);
                    if (pec.path("principalId").isTextual()) {
                        index.pecPrincipalId(pec.path("principalId").asText());
                    }
                } else {
                    p.skipChildren();
                }
            }
        } catch (JsonProcessingException e) {
            problem(
                    new Position(
                            summaryShown,
                            Math.max(
                                    1,
                                    e.getLocation() == null
                                            ? 1
                                            : e.getLocation().getLineNr()),
                            Math.max(
                                    1,
                                    e.getLocation() == null
                                            ? 1
                                            : e.getLocation().getColumnNr())),
                    "cannot read " + Lighthouse.SUMMARY + ": " + e.getOriginalMessage());
        }
    }

    private void customer(JsonNode c) throws IOException {
        String id = c.path("id").asText(null);
        if (id == null || id.isBlank()) {
            problem(Position.startOf(shown + "/" + Lighthouse.SUMMARY), "a customer without an id");
            return;
        }
        List<Delegation> delegations = new ArrayList<>();
        for (JsonNode s : c.path("subscriptions")) {
            String subscription = s.path("subscriptionId").asText(null);
            for (JsonNode o : s.path("offers")) {
                String file = o.path("parameters").asText("");
                Path path = resolve(file);
                String fileShown = shown + "/" + file;
                if (path == null || !Files.isRegularFile(path) || subscription == null) {
                    problem(
                            Position.startOf(shown + "/" + Lighthouse.SUMMARY),
                            "customer '" + id + "': parameter file '" + file + "' is not in " + shown);
                    continue;
                }
                if (Files.size(path) > MAX_FILE) {
                    problem(
                            Position.startOf(fileShown),
                            "larger than " + (MAX_FILE >> 20) + " MiB: not a parameter file");
                    continue;
                }
                ParameterFile.Read read = parameters.read(
                        Files.readAllBytes(path),
                        fileShown,
                        id,
                        subscription,
                        o.path("key").asText(""));
                if (read.delegation() == null) {
                    problem(read.problemAt(), read.problem());
                } else {
                    index.managingTenantId(read.delegation().managingTenantId().value());
                    delegations.add(read.delegation());
                }
            }
        }
        if (!delegations.isEmpty()) {
            index.add(CustomerState.of(
                    id, c.path("name").asText(null), c.path("tenantId").asText(null), delegations));
        }
    }

    /** A path the summary names, when it stays inside the folder; else null. */
    private Path resolve(String file) {
        try {
            Path path = file.isBlank() ? null : dir.resolve(file).normalize();
            return path != null && path.startsWith(dir) ? path : null;
        } catch (InvalidPathException e) {
            return null;
        }
    }

    private void problem(Position at, String message) {
        index.findings()
                .add(new Finding(
                        RuleIds.INPUT_INVALID, Severity.ERROR, at, Subject.NONE, "baseline " + shown + ": " + message));
    }
}
