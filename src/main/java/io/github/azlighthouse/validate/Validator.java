package io.github.azlighthouse.validate;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.azlighthouse.arm.TemplateReader;
import io.github.azlighthouse.arm.TemplateSchemas;
import io.github.azlighthouse.check.CleanPairs;
import io.github.azlighthouse.check.TemplateCheck;
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
import io.github.azlighthouse.validate.ArmFile.Kind;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;

/**
 * {@code validate}: finds ARM templates and parameter files, tells them apart by {@code $schema},
 * pairs them ({@link Pairing}) and checks each (template, parameter file) pair with the same rule
 * engine as {@code generate}. One file's trouble (syntax, encoding, size, an odd shape, a bug of
 * ours) is a finding on that file; every other file is still checked. Thread-safe.
 */
public final class Validator {

    /** Parameter names that mark a parameter file as a Lighthouse offer's, when it cannot be paired. */
    private static final Set<String> LIGHTHOUSE_PARAMETERS = Set.of(
            "authorizations", "eligibleauthorizations", "managedbytenantid", "mspoffername", "mspofferdescription");

    private final SourceParser parser = new SourceParser();
    private final TemplateCheck check;

    public Validator() {
        this(new TemplateSchemas());
    }

    public Validator(TemplateSchemas schemas) {
        this.check = new TemplateCheck(schemas);
    }

    public ValidateResult run(ValidateRequest request) throws IOException {
        Map<String, Path> files = new TreeMap<>();
        for (Path dir : request.directories()) {
            String shownDir = Position.shownPath(request.basedir(), dir); // once, not per file
            for (Map.Entry<String, Path> file : TemplateFiles.find(dir, request.includes(), request.excludes())
                    .entrySet()) {
                files.putIfAbsent(shownDir.isEmpty() ? file.getKey() : shownDir + "/" + file.getKey(), file.getValue());
            }
        }
        RuleContext context = context(request);
        List<Finding> general = new ArrayList<>();
        Finding age = RoleCatalogStaleRule.catalogAge(
                request.rules(), context, Position.startOf(request.catalog().source()));
        if (age != null) {
            general.add(age);
        }
        return new ValidateResult(check(files, request, context), general);
    }

    /**
     * Checks every template in {@code root} (all {@code *.json}), naming files as {@code shownRoot/relative}.
     * {@code package} calls this on {@code generate}'s output before packaging it.
     */
    public List<TemplateResult> checkTree(Path root, String shownRoot, ValidateRequest request) throws IOException {
        Map<String, Path> files = new TreeMap<>();
        for (Map.Entry<String, Path> file :
                TemplateFiles.find(root, List.of("**/*.json"), List.of()).entrySet()) {
            files.put(shownRoot + "/" + file.getKey(), file.getValue());
        }
        return check(files, request, context(request));
    }

    private static RuleContext context(ValidateRequest request) {
        return new RuleContext(
                request.catalog(),
                request.today(),
                request.catalogMaxAgeDays(),
                request.customers() == null ? null : request.customers().managingTenantId());
    }

    /** Folders of at most this many files are read, classified, paired and checked by one task. */
    private static final int FOLDER_TASK_FILES = 32;

    /** Bytes a folder task keeps between classifying its files and checking them; beyond, they are read again. */
    private static final long FOLDER_TASK_BYTES = 8L << 20;

    /** What every unit of one run is checked with. */
    private record Run(
            ValidateRequest request,
            RuleContext context,
            Map<String, TemplateReader.Context> bySubscription,
            CleanPairs clean) {}

    /**
     * Classifies and pairs the files, then checks them on all cores; results in name order. Without explicit
     * pairings a parameter file pairs only within its folder, so a folder of a few files (generate's layout, most
     * repositories) is one task that reads each file once, to classify it and then to check it. Larger folders
     * (one template, a parameter file per customer) and explicit pairings go file by file: every file classified
     * first, then each unit on its own, so that one folder's many units still use every core.
     */
    private List<TemplateResult> check(Map<String, Path> files, ValidateRequest request, RuleContext context)
            throws IOException {
        Run run = new Run(
                request,
                context,
                request.customers() == null ? Map.of() : request.customers().bySubscription(),
                new CleanPairs(request.catalog())); // this run's: rules and catalog are the run's
        Map<String, Path> fileByFile = new TreeMap<>();
        List<List<Map.Entry<String, Path>>> folders = new ArrayList<>();
        if (request.pairings().isEmpty()) {
            Map<String, List<Map.Entry<String, Path>>> byFolder = new LinkedHashMap<>();
            for (Map.Entry<String, Path> file : files.entrySet()) {
                byFolder.computeIfAbsent(folderOf(file.getKey()), k -> new ArrayList<>())
                        .add(file);
            }
            for (List<Map.Entry<String, Path>> folder : byFolder.values()) {
                if (folder.size() <= FOLDER_TASK_FILES) {
                    folders.add(folder);
                } else {
                    folder.forEach(file -> fileByFile.put(file.getKey(), file.getValue()));
                }
            }
        } else {
            fileByFile.putAll(files);
        }
        List<TemplateResult> results = new ArrayList<>();
        InOrder.run(folders.iterator(), 0, "lighthouse-validate", folder -> checkFolder(folder, run), results::addAll);
        results.addAll(checkFileByFile(fileByFile, run));
        results.sort(Comparator.comparing(TemplateResult::name));
        return results;
    }

    private static String folderOf(String name) {
        int slash = name.lastIndexOf('/');
        return slash < 0 ? "" : name.substring(0, slash);
    }

    /** One folder: each file read once, classified from its bytes, paired within the folder, each unit checked. */
    private List<TemplateResult> checkFolder(List<Map.Entry<String, Path>> folder, Run run) {
        List<ArmFile> classified = new ArrayList<>(folder.size());
        IdentityHashMap<ArmFile, byte[]> kept = new IdentityHashMap<>(); // by identity: two records may be equal
        long keptBytes = 0;
        for (Map.Entry<String, Path> file : folder) {
            String name = file.getKey();
            try {
                byte[] bytes = SourceParser.readBounded(file.getValue(), name);
                ArmFile f = ArmFile.classify(name, file.getValue(), bytes, parser);
                classified.add(f);
                if (keptBytes + bytes.length <= FOLDER_TASK_BYTES) {
                    kept.put(f, bytes);
                    keptBytes += bytes.length;
                }
            } catch (SyntaxError e) { // larger than we read
                classified.add(new ArmFile(name, file.getValue(), ArmFile.byName(name), e.position(), e.getMessage()));
            } catch (IOException | RuntimeException e) {
                classified.add(unreadable(name, file.getValue(), e));
            }
        }
        Pairing.Result pairs = Pairing.pair(classified, List.of());
        List<TemplateResult> results = outcomes(classified, pairs, run.request());
        for (Pairing.Unit unit : pairs.units()) {
            results.add(checkIsolated(unit, run, kept::get));
        }
        return results;
    }

    /** Every file classified (on all cores), then paired, then each unit checked on its own (on all cores). */
    private List<TemplateResult> checkFileByFile(Map<String, Path> files, Run run) throws IOException {
        if (files.isEmpty()) {
            return List.of();
        }
        List<ArmFile> classified = new ArrayList<>(files.size());
        InOrder.run(
                files.entrySet().iterator(),
                0,
                "lighthouse-classify",
                e -> classify(e.getKey(), e.getValue()),
                classified::add);
        Pairing.Result pairs = Pairing.pair(classified, run.request().pairings());
        List<TemplateResult> results = outcomes(classified, pairs, run.request());
        InOrder.run(
                pairs.units().iterator(),
                0,
                "lighthouse-validate",
                unit -> checkIsolated(unit, run, f -> null),
                results::add);
        return results;
    }

    /** The files that are not ARM files, and the parameter files that pair with no template. */
    private List<TemplateResult> outcomes(List<ArmFile> classified, Pairing.Result pairs, ValidateRequest request) {
        List<TemplateResult> results = new ArrayList<>();
        for (ArmFile f : classified) {
            if (f.kind() == Kind.OTHER) {
                results.add(new TemplateResult(
                        f.name(), null, "not an ARM deployment template or parameter file", List.of()));
            }
        }
        for (Pairing.Unpaired u : pairs.unpaired()) {
            results.add(unpaired(u, request));
        }
        return results;
    }

    private ArmFile classify(String name, Path file) {
        try {
            return ArmFile.classify(name, file, parser);
        } catch (IOException | RuntimeException e) {
            return unreadable(name, file, e);
        }
    }

    private static ArmFile unreadable(String name, Path file, Exception e) {
        return new ArmFile(name, file, ArmFile.byName(name), Position.startOf(name), "cannot be read: " + e);
    }

    /** One unit, with anything that goes wrong in it turned into a finding on its files. */
    private TemplateResult checkIsolated(Pairing.Unit unit, Run run, Function<ArmFile, byte[]> alreadyRead) {
        try {
            return checkUnit(unit, run, alreadyRead);
        } catch (IOException e) {
            return failed(
                    unit, run.request(), Position.startOf(unit.template().name()), "cannot be read: " + e.getMessage());
        } catch (RuntimeException | StackOverflowError e) {
            return failed(
                    unit,
                    run.request(),
                    Position.startOf(unit.template().name()),
                    "could not be checked ("
                            + e.getClass().getSimpleName() + ": " + e.getMessage()
                            + "); this is a bug in lighthouse-maven-plugin:"
                            + " please report it with the file. The other files were checked");
        }
    }

    /** @param alreadyRead a file's bytes when its folder's task kept them, else null */
    private TemplateResult checkUnit(Pairing.Unit unit, Run run, Function<ArmFile, byte[]> alreadyRead)
            throws IOException {
        ValidateRequest request = run.request();
        ArmFile t = unit.template();
        ArmFile p = unit.parameters();
        for (ArmFile f : p == null ? List.of(t) : List.of(t, p)) {
            if (f.unreadable()) {
                return failed(unit, request, f.errorAt(), notReadable(f, f.error()));
            }
        }
        TemplateReader.Context where = context(request, run.bySubscription(), t.name());
        SourceDocument template;
        SourceDocument parameters = null;
        try { // positions are found only for what is reported
            byte[] templateBytes = bytes(t, alreadyRead);
            byte[] parameterBytes = p == null ? null : bytes(p, alreadyRead);
            CleanPairs.Key key = run.clean()
                    .key(
                            templateBytes,
                            parameterBytes,
                            where.pecPrincipalId(),
                            where.customerTenantId(),
                            where.subscriptionId(),
                            where.managementGroupId(),
                            run.context().managingTenantId());
            if (run.clean().isClean(key)) { // the same pair but for its GUIDs was found clean: see CleanPairs
                return result(unit, null, List.of());
            }
            template = parser.parseDeferred(templateBytes, t.path(), t.name());
            if (p != null) {
                parameters = parser.parseDeferred(parameterBytes, p.path(), p.name());
            }
            JsonNode root = template.root();
            if (!root.isObject() || !TemplateReader.isLighthouse(root)) {
                return result(unit, "no Microsoft.ManagedServices resources: not a Lighthouse template", List.of());
            }
            TemplateCheck.Result checked =
                    check.check(template, parameters, where, request.rules(), run.context(), false);
            if (checked.findings().isEmpty() && !checked.skipped() && checked.valueBlind()) {
                run.clean().add(key);
            }
            return result(unit, checked.skipNote(), checked.findings());
        } catch (SyntaxError e) {
            return failed(
                    unit,
                    request,
                    e.position(),
                    notReadable(e.position().file().equals(t.name()) ? t : p, e.getMessage()));
        }
    }

    private static byte[] bytes(ArmFile f, Function<ArmFile, byte[]> alreadyRead) throws IOException, SyntaxError {
        byte[] bytes = alreadyRead.apply(f);
        return bytes != null ? bytes : SourceParser.readBounded(f.path(), f.name());
    }

    private static String notReadable(ArmFile f, String why) {
        return (f.kind() == Kind.PARAMETERS ? "parameter file is not valid JSON: " : "not valid JSON: ") + why;
    }

    private static TemplateResult result(Pairing.Unit unit, String skipNote, List<Finding> findings) {
        return new TemplateResult(
                unit.name(),
                unit.template().name(),
                unit.parameters() == null ? null : unit.parameters().name(),
                skipNote,
                findings);
    }

    private static TemplateResult failed(Pairing.Unit unit, ValidateRequest request, Position at, String message) {
        return result(unit, null, List.of(finding(request, RuleIds.TEMPLATE_STRUCTURE, at, message)));
    }

    /** A parameter file without a template: a finding when it is a Lighthouse offer's, else a note. */
    private TemplateResult unpaired(Pairing.Unpaired u, ValidateRequest request) {
        ArmFile f = u.file();
        if (f.unreadable()) {
            return new TemplateResult(
                    f.name(),
                    null,
                    null,
                    List.of(finding(request, RuleIds.TEMPLATE_STRUCTURE, f.errorAt(), notReadable(f, f.error()))));
        }
        try {
            SourceDocument doc = parser.parseDeferred(f.path(), f.name());
            JsonNode parameters = doc.root().path("parameters");
            boolean lighthouse = false;
            for (var it = parameters.fieldNames(); it.hasNext(); ) {
                lighthouse |= LIGHTHOUSE_PARAMETERS.contains(it.next().toLowerCase(Locale.ROOT));
            }
            if (!lighthouse) {
                return new TemplateResult(
                        f.name(),
                        null,
                        "a parameter file that pairs with no template (" + u.reason()
                                + ") and names no Lighthouse parameter",
                        List.of());
            }
            Finding finding = finding(
                    request,
                    RuleIds.PARAMETERS_UNPAIRED,
                    doc.position("/parameters"),
                    "this Lighthouse parameter file pairs with no template, so it was not checked: " + u.reason()
                            + "; name it after its template (X.json pairs with X.parameters.json and"
                            + " X.<name>.parameters.json) or pair it explicitly with"
                            + " <pairings><pairing>template.json=" + f.baseName() + "</pairing></pairings>");
            return finding == null
                    ? new TemplateResult(
                            f.name(),
                            null,
                            "a parameter file that pairs with no template (" + u.reason()
                                    + "); rule parameters-unpaired is off",
                            List.of())
                    : new TemplateResult(f.name(), null, null, List.of(finding));
        } catch (IOException | SyntaxError | RuntimeException e) {
            return new TemplateResult(
                    f.name(),
                    null,
                    null,
                    List.of(finding(
                            request,
                            RuleIds.TEMPLATE_STRUCTURE,
                            Position.startOf(f.name()),
                            "cannot be read: " + e.getMessage())));
        }
    }

    private static Finding finding(ValidateRequest request, String ruleId, Position at, String message) {
        var severity = request.rules().severity(ruleId);
        return severity == io.github.azlighthouse.findings.Severity.OFF
                ? null
                : new Finding(ruleId, severity, at, Subject.NONE, message);
    }

    /**
     * Generated templates live in {@code <customer-id>/<subscription-id>/} and
     * {@code <customer-id>/management-groups/<group>/}, so a parent folder named after a listed subscription
     * or management group gives the customer and its tenant.
     */
    private static TemplateReader.Context context(
            ValidateRequest request, Map<String, TemplateReader.Context> bySubscription, String file) {
        String[] parts = file.split("/", 0);
        for (int i = parts.length - 2; i >= 0; i--) {
            TemplateReader.Context found = i > 0 && parts[i - 1].equals("management-groups")
                    ? bySubscription.get(CustomerIndex.managementGroupKey(parts[i]))
                    : bySubscription.get(parts[i].toLowerCase(Locale.ROOT));
            if (found != null) {
                return found;
            }
        }
        return new TemplateReader.Context(request.pec(), null, null, null);
    }
}
