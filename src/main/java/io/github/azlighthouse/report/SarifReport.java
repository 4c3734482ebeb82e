package io.github.azlighthouse.report;

import com.contrastsecurity.sarif.ArtifactLocation;
import com.contrastsecurity.sarif.Location;
import com.contrastsecurity.sarif.Message;
import com.contrastsecurity.sarif.MultiformatMessageString;
import com.contrastsecurity.sarif.OriginalUriBaseIds;
import com.contrastsecurity.sarif.PhysicalLocation;
import com.contrastsecurity.sarif.Region;
import com.contrastsecurity.sarif.ReportingConfiguration;
import com.contrastsecurity.sarif.ReportingDescriptor;
import com.contrastsecurity.sarif.Result;
import com.contrastsecurity.sarif.Run;
import com.contrastsecurity.sarif.SarifSchema210;
import com.contrastsecurity.sarif.Tool;
import com.contrastsecurity.sarif.ToolComponent;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import io.github.azlighthouse.Lighthouse;
import io.github.azlighthouse.findings.Finding;
import io.github.azlighthouse.findings.Severity;
import io.github.azlighthouse.rules.Rule;
import io.github.azlighthouse.rules.RuleSet;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * {@code lighthouse.sarif}: SARIF 2.1.0 for GitHub code scanning and other SARIF viewers. Every rule
 * with its description, help and configured level; every finding with its file (relative to the
 * project, under {@code %SRCROOT%}) and line/column.
 */
public final class SarifReport {

    public static final String FILE = "lighthouse.sarif";
    static final String SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json";
    static final String HELP_URI = "https://github.com/azlighthouse/lighthouse-maven-plugin#findings-and-rules";
    static final String SRCROOT = "%SRCROOT%";

    private SarifReport() {}

    public static void write(List<Finding> findings, RuleSet rules, String version, Path basedir, Path file)
            throws IOException {
        Set<ReportingDescriptor> descriptors = new LinkedHashSet<>();
        Map<String, Integer> index = new LinkedHashMap<>();
        for (Rule rule : rules.rules().values()) {
            index.put(rule.id(), index.size());
            Severity s = rules.severity(rule.id());
            descriptors.add(new ReportingDescriptor()
                    .withId(rule.id())
                    .withName(camel(rule.id()))
                    .withShortDescription(new MultiformatMessageString().withText(rule.summary()))
                    .withFullDescription(new MultiformatMessageString().withText("Fires when " + rule.summary() + "."))
                    .withHelp(new MultiformatMessageString()
                            .withText("Rule " + rule.id() + " of lighthouse-maven-plugin: "
                                    + rule.summary()
                                    + ". Each finding's message says what to change. Severity can be set"
                                    + " per rule in the plugin's <rules> configuration."))
                    .withHelpUri(URI.create(HELP_URI))
                    .withDefaultConfiguration(new ReportingConfiguration().withLevel(level(s))));
        }
        List<Result> results = new ArrayList<>();
        for (Finding f : findings) {
            Result r = new Result()
                    .withRuleId(f.ruleId())
                    .withRuleIndex(index.get(f.ruleId()))
                    .withLevel(f.isError() ? Result.Level.ERROR : Result.Level.WARNING)
                    .withMessage(new Message().withText(f.fullMessage()));
            if (f.position() != null) {
                String shown = f.position().file();
                boolean outside = Path.of(shown).isAbsolute(); // a file outside the project: absolute file URI
                ArtifactLocation artifact = outside
                        ? new ArtifactLocation().withUri(Path.of(shown).toUri().toString())
                        : new ArtifactLocation().withUri(uri(shown)).withUriBaseId(SRCROOT);
                r.withLocations(List.of(new Location()
                        .withPhysicalLocation(new PhysicalLocation()
                                .withArtifactLocation(artifact)
                                .withRegion(new Region()
                                        .withStartLine(f.position().line())
                                        .withStartColumn(f.position().column())))));
            }
            results.add(r);
        }
        String root = basedir.toAbsolutePath().normalize().toUri().toString();
        SarifSchema210 sarif = new SarifSchema210()
                .with$schema(URI.create(SCHEMA))
                .withVersion(SarifSchema210.Version._2_1_0)
                .withRuns(List.of(new Run()
                        .withTool(new Tool()
                                .withDriver(new ToolComponent()
                                        .withName(Lighthouse.NAME)
                                        .withVersion(version)
                                        .withInformationUri(
                                                URI.create("https://github.com/azlighthouse/lighthouse-maven-plugin"))
                                        .withRules(descriptors)))
                        .withOriginalUriBaseIds(new OriginalUriBaseIds()
                                .withAdditionalProperty(
                                        SRCROOT,
                                        new ArtifactLocation().withUri(root.endsWith("/") ? root : root + "/")))
                        .withResults(results)));
        ObjectMapper mapper = new ObjectMapper()
                .enable(SerializationFeature.INDENT_OUTPUT)
                .setSerializationInclusion(JsonInclude.Include.NON_EMPTY);
        Files.createDirectories(file.toAbsolutePath().getParent());
        Files.write(file, mapper.writeValueAsBytes(sarif));
    }

    private static ReportingConfiguration.Level level(Severity s) {
        return switch (s) {
            case ERROR -> ReportingConfiguration.Level.ERROR;
            case WARNING -> ReportingConfiguration.Level.WARNING;
            case OFF -> ReportingConfiguration.Level.NONE;
        };
    }

    /** A relative path as a URI reference: '/'-separated, percent-encoded where needed (spaces). */
    static String uri(String path) {
        StringBuilder s = new StringBuilder();
        for (String segment : path.replace('\\', '/').split("/", -1)) {
            if (s.length() > 0) {
                s.append('/');
            }
            s.append(encode(segment));
        }
        return s.toString();
    }

    private static String encode(String segment) {
        StringBuilder out = new StringBuilder();
        for (byte b : segment.getBytes(java.nio.charset.StandardCharsets.UTF_8)) {
            char c = (char) (b & 0xff);
            if ((Character.isLetterOrDigit(c) && c < 128) || "-._~".indexOf(c) >= 0) {
                out.append(c);
            } else {
                out.append('%').append(String.format("%02X", b & 0xff));
            }
        }
        return out.toString();
    }

    private static String camel(String id) {
        StringBuilder s = new StringBuilder();
        for (String part : id.split("-", 0)) {
            s.append(Character.toUpperCase(part.charAt(0))).append(part.substring(1));
        }
        return s.toString();
    }
}
