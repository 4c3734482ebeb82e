package io.github.azlighthouse.validate;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.azlighthouse.Lighthouse;
import io.github.azlighthouse.arm.TemplateReader;
import io.github.azlighthouse.arm.TemplateSchemas;
import io.github.azlighthouse.findings.Finding;
import io.github.azlighthouse.findings.RuleIds;
import io.github.azlighthouse.findings.Subject;
import io.github.azlighthouse.parallel.InOrder;
import io.github.azlighthouse.rules.RoleCatalogStaleRule;
import io.github.azlighthouse.rules.RuleContext;
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
            String shownDir = Position.shownPath(request.basedir(), dir); // once, not per file
            for (Map.Entry<String, Path> file : find(dir, request.includes(), request.excludes()).entrySet()) {
                files.putIfAbsent(shownDir.isEmpty() ? file.getKey() : shownDir + "/" + file.getKey(), file.getValue());
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
        for (Map.Entry<String, Path> file : find(root, List.of("**/*.json"), List.of()).entrySet()) {
            files.put(shownRoot + "/" + file.getKey(), file.getValue());
        }
        return check(files, request, new RuleContext(request.catalog(), request.today(), request.catalogMaxAgeDays()));
    }

    /**
     * Pairs files by name, then parses, checks and forgets one template (and its parameter file) at a
     * time, so memory does not grow with the number of files.
     */
    private List<TemplateResult> check(Map<String, Path> files, ValidateRequest request, RuleContext context)
            throws IOException {
        Map<String, String> templatesByStem = new HashMap<>();
        for (String name : files.keySet()) {
            if (!isParameterName(name)) {
                templatesByStem.put(stem(name), name);
            }
        }
        Map<String, TemplateReader.Context> bySubscription = contexts(request);
        List<String> names = new ArrayList<>();
        for (String name : files.keySet()) {
            if (!(isParameterName(name) && templatesByStem.containsKey(stem(name)))) {
                names.add(name); // parameter files with a template are read together with it
            }
        }
        // each file (with its parameter file) is independent: check them on all cores, a bounded number
        // in flight so memory stays flat, results collected in name order
        List<TemplateResult> results = new ArrayList<>();
        InOrder.run(names.iterator(), 0, "lighthouse-validate", name -> {
            List<TemplateResult> one = new ArrayList<>(2);
            checkOne(name, files, request, context, bySubscription, one);
            return one;
        }, results::addAll);
        List<TemplateResult> sorted = new ArrayList<>(results);
        sorted.sort((a, b) -> a.file().compareTo(b.file()));
        return sorted;
    }

    private void checkOne(String name, Map<String, Path> files, ValidateRequest request, RuleContext context,
            Map<String, TemplateReader.Context> bySubscription, List<TemplateResult> results) throws IOException {
        SourceDocument doc = parse(name, files.get(name), request, results);
        if (doc == null) {
            return;
        }
        JsonNode root = doc.root();
        if (TemplateReader.isParameterFile(root)) {
            results.add(new TemplateResult(name, null, "a parameter file without a template beside it", List.of()));
        } else if (TemplateReader.isTemplate(root) || (root.isObject() && TemplateReader.isLighthouse(root))) {
            String paramsName = parameterName(files, name);
            SourceDocument params = paramsName == null ? null
                    : parse(paramsName, files.get(paramsName), request, results);
            TemplateReader.Context where = context(request, bySubscription, name);
            TemplateReader.Read read = reader.read(doc, params, where, request.rules());
            List<Finding> findings = new ArrayList<>(read.findings());
            if (!read.skipped()) {
                findings.addAll(request.rules().check(read.delegations(), context));
            }
            results.add(new TemplateResult(name, params == null ? null : params.file(), read.skipNote(),
                    List.copyOf(findings)));
        } else {
            results.add(new TemplateResult(name, null, "not an ARM deployment template ($schema "
                    + (root.path("$schema").isMissingNode() ? "missing" : "'" + root.path("$schema").asText() + "'")
                    + ")", List.of()));
        }
    }

    /** Parses one file; a syntax error becomes that file's result and {@code null} is returned. */
    private SourceDocument parse(String name, Path file, ValidateRequest request, List<TemplateResult> results)
            throws IOException {
        try {
            return parser.parseDeferred(file, name); // line and column are found only for what is reported
        } catch (SyntaxError error) {
            results.add(new TemplateResult(name, null, null, List.of(finding(request, error.position(),
                    "not valid JSON: " + error.getMessage()))));
            return null;
        }
    }

    private static boolean isParameterName(String name) {
        return name.toLowerCase(Locale.ROOT).endsWith(".parameters.json");
    }

    /** The shown name of {@code template}'s parameter file, matched case-insensitively, or null. */
    private static String parameterName(Map<String, Path> files, String template) {
        String stem = stem(template);
        String exact = template.substring(0, template.length() - ".json".length()) + ".parameters.json";
        if (files.containsKey(exact)) {
            return exact;
        }
        for (String name : files.keySet()) { // rare: only when the case differs
            if (isParameterName(name) && stem(name).equals(stem)) {
                return name;
            }
        }
        return null;
    }

    private Finding finding(ValidateRequest request, Position at, String message) {
        return new Finding(RuleIds.TEMPLATE_STRUCTURE, request.rules().severity(RuleIds.TEMPLATE_STRUCTURE), at,
                Subject.NONE, message);
    }

    /** Subscription (lower case) to what the customer list says about it; empty without a list. */
    private static Map<String, TemplateReader.Context> contexts(ValidateRequest request) {
        return request.customers() == null ? Map.of() : request.customers().bySubscription();
    }

    /**
     * Generated templates live in {@code <customer-id>/<subscription-id>/}, so a parent folder named
     * after a listed subscription gives the customer and its tenant.
     */
    private static TemplateReader.Context context(ValidateRequest request, Map<String, TemplateReader.Context> bySubscription,
            String file) {
        String[] parts = file.split("/");
        for (int i = parts.length - 2; i >= 0; i--) {
            TemplateReader.Context found = bySubscription.get(parts[i].toLowerCase(Locale.ROOT));
            if (found != null) {
                return found;
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

    /** The files under {@code dir} that the patterns select, by their '/'-separated path relative to {@code dir}. */
    static Map<String, Path> find(Path dir, List<String> includes, List<String> excludes) throws IOException {
        Map<String, Path> found = new HashMap<>();
        if (!Files.isDirectory(dir)) {
            return found;
        }
        List<PathMatcher> in = matchers(includes);
        List<PathMatcher> out = matchers(excludes);
        // Files.find hands over the attributes the walk read anyway: no second stat per file
        try (Stream<Path> walk = Files.find(dir, Integer.MAX_VALUE, (p, attributes) -> attributes.isRegularFile())) {
            walk.forEach(p -> {
                String name = p.getFileName().toString();
                // dot files, and generate's own index of its output: not ARM files (the index is large for long lists)
                if (name.startsWith(".") || name.equals(Lighthouse.SUMMARY)) {
                    return;
                }
                Path rel = dir.relativize(p);
                if (in.stream().anyMatch(m -> m.matches(rel)) && out.stream().noneMatch(m -> m.matches(rel))) {
                    found.put(rel.toString().replace('\\', '/'), p);
                }
            });
        }
        return found;
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
