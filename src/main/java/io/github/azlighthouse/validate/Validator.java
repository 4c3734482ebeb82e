package io.github.azlighthouse.validate;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.azlighthouse.arm.TemplateReader;
import io.github.azlighthouse.arm.TemplateSchemas;
import io.github.azlighthouse.customers.CustomerList;
import io.github.azlighthouse.customers.CustomerList.Customer;
import io.github.azlighthouse.customers.CustomerList.Subscription;
import io.github.azlighthouse.findings.Finding;
import io.github.azlighthouse.findings.Subject;
import io.github.azlighthouse.rules.RoleCatalogStaleRule;
import io.github.azlighthouse.rules.RuleContext;
import io.github.azlighthouse.rules.TemplateStructureRule;
import io.github.azlighthouse.source.Position;
import io.github.azlighthouse.source.SourceDocument;
import io.github.azlighthouse.source.SourceParser;
import io.github.azlighthouse.source.SyntaxError;
import java.io.IOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * {@code validate}: finds ARM templates and parameter files, tells them apart by {@code $schema},
 * pairs {@code X.json} with {@code X.parameters.json} (case-insensitive), and runs the same rule
 * engine as {@code generate} on every Lighthouse template. Files that are not Lighthouse templates
 * are skipped with a note. Thread-safe: one instance can serve every thread of a build.
 */
public final class Validator {

    private final SourceParser parser = new SourceParser();
    private final TemplateReader reader;

    public Validator() {
        this(new TemplateSchemas());
    }

    public Validator(TemplateSchemas schemas) {
        this.reader = new TemplateReader(schemas);
    }

    public ValidateResult run(ValidateRequest request) throws IOException {
        Map<String, Path> files = new TreeMap<>();
        for (Path dir : request.directories()) {
            for (Path file : find(dir, request.includes(), request.excludes())) {
                files.putIfAbsent(Position.shownPath(request.basedir(), file), file);
            }
        }
        RuleContext context = new RuleContext(request.catalog(), request.today(), request.catalogMaxAgeDays());
        List<Finding> general = new ArrayList<>();
        Finding age = RoleCatalogStaleRule.catalogAge(request.rules(), context, Position.startOf(request.catalog().source()));
        if (age != null) {
            general.add(age);
        }
        return new ValidateResult(check(files, request, context), general);
    }

    /**
     * Checks every template in {@code root} (all {@code *.json}), naming files as {@code shownRoot/relative}.
     * {@code generate} calls this on its own output before moving it into place.
     */
    public List<TemplateResult> checkTree(Path root, String shownRoot, ValidateRequest request) throws IOException {
        Map<String, Path> files = new TreeMap<>();
        for (Path file : find(root, List.of("**/*.json"), List.of())) {
            files.put(shownRoot + "/" + root.relativize(file).toString().replace('\\', '/'), file);
        }
        return check(files, request, new RuleContext(request.catalog(), request.today(), request.catalogMaxAgeDays()));
    }

    private List<TemplateResult> check(Map<String, Path> files, ValidateRequest request, RuleContext context)
            throws IOException {
        Map<String, SourceDocument> templates = new LinkedHashMap<>();
        Map<String, SourceDocument> parameters = new HashMap<>();
        List<TemplateResult> results = new ArrayList<>();
        for (Map.Entry<String, Path> e : files.entrySet()) {
            SourceDocument doc;
            try {
                doc = parser.parse(e.getValue(), e.getKey());
            } catch (SyntaxError error) {
                results.add(new TemplateResult(e.getKey(), null, null, List.of(finding(request, error.position(),
                        "not valid JSON: " + error.getMessage()))));
                continue;
            }
            JsonNode root = doc.root();
            if (TemplateReader.isParameterFile(root)) {
                parameters.put(stem(e.getKey()), doc);
            } else if (TemplateReader.isTemplate(root) || (root.isObject() && TemplateReader.isLighthouse(root))) {
                templates.put(e.getKey(), doc);
            } else {
                results.add(new TemplateResult(e.getKey(), null, "not an ARM deployment template ($schema "
                        + (root.path("$schema").isMissingNode() ? "missing" : "'" + root.path("$schema").asText() + "'")
                        + ")", List.of()));
            }
        }
        for (Map.Entry<String, SourceDocument> t : templates.entrySet()) {
            SourceDocument params = parameters.remove(stem(t.getKey()));
            TemplateReader.Context where = context(request, t.getKey());
            TemplateReader.Read read = reader.read(t.getValue(), params, where, request.rules());
            List<Finding> findings = new ArrayList<>(read.findings());
            if (!read.skipped()) {
                findings.addAll(request.rules().check(read.delegations(), context));
            }
            results.add(new TemplateResult(t.getKey(), params == null ? null : params.file(), read.skipNote(),
                    List.copyOf(findings)));
        }
        for (SourceDocument orphan : parameters.values()) {
            results.add(new TemplateResult(orphan.file(), null, "a parameter file without a template beside it", List.of()));
        }
        results.sort((a, b) -> a.file().compareTo(b.file()));
        return results;
    }

    private Finding finding(ValidateRequest request, Position at, String message) {
        return request.rules().finding(TemplateStructureRule.ID, Subject.NONE, at, message);
    }

    /**
     * What the customer list says about a template's target: generated templates live in
     * {@code <customer-id>/<subscription-id>/}, so a parent folder named after a listed subscription
     * gives the customer and its tenant.
     */
    private static TemplateReader.Context context(ValidateRequest request, String file) {
        CustomerList list = request.customers();
        if (list != null) {
            String[] parts = file.split("/");
            for (int i = parts.length - 2; i >= 0; i--) {
                for (Customer c : list.customers()) {
                    for (Subscription s : c.subscriptions()) {
                        if (parts[i].equalsIgnoreCase(s.subscriptionId().value())) {
                            return new TemplateReader.Context(request.pec(), c.id().value(), c.tenantId().value(),
                                    s.subscriptionId().value());
                        }
                    }
                }
            }
        }
        return new TemplateReader.Context(request.pec(), null, null, null);
    }

    /** {@code dir/X.json} and {@code dir/X.parameters.json} share the stem {@code dir/x}. */
    static String stem(String file) {
        String lower = file.toLowerCase(Locale.ROOT);
        if (lower.endsWith(".parameters.json")) {
            return lower.substring(0, lower.length() - ".parameters.json".length());
        }
        return lower.endsWith(".json") ? lower.substring(0, lower.length() - ".json".length()) : lower;
    }

    static List<Path> find(Path dir, List<String> includes, List<String> excludes) throws IOException {
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        List<PathMatcher> in = matchers(includes);
        List<PathMatcher> out = matchers(excludes);
        try (Stream<Path> walk = Files.walk(dir)) {
            return walk.filter(Files::isRegularFile)
                    .filter(p -> !p.getFileName().toString().startsWith("."))
                    .filter(p -> {
                        Path rel = dir.relativize(p);
                        return in.stream().anyMatch(m -> m.matches(rel)) && out.stream().noneMatch(m -> m.matches(rel));
                    })
                    .sorted()
                    .toList();
        }
    }

    /** Maven-style globs: {@code **}/ also matches no folder at all, as in Maven's includes. */
    private static List<PathMatcher> matchers(List<String> patterns) {
        List<PathMatcher> matchers = new ArrayList<>();
        for (String pattern : patterns) {
            String p = pattern.trim().replace('\\', '/');
            if (p.isEmpty()) {
                continue;
            }
            matchers.add(FileSystems.getDefault().getPathMatcher("glob:" + p));
            while (p.startsWith("**/")) {
                p = p.substring(3);
                matchers.add(FileSystems.getDefault().getPathMatcher("glob:" + p));
            }
        }
        return matchers;
    }

}
