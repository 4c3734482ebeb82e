package io.github.azlighthouse.pack;

import io.github.azlighthouse.Lighthouse;
import io.github.azlighthouse.arm.TemplateSchemas;
import io.github.azlighthouse.findings.Finding;
import io.github.azlighthouse.generate.RunSummary;
import io.github.azlighthouse.source.Position;
import io.github.azlighthouse.validate.CustomerIndex;
import io.github.azlighthouse.validate.TemplateResult;
import io.github.azlighthouse.validate.ValidateRequest;
import io.github.azlighthouse.validate.Validator;
import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * What {@code package} may ship: the output of a successful {@code generate} (its summary and up-to-date
 * marker), made from the customer list as it is now (its SHA-256 is the one the summary recorded), with every
 * file it lists present, and every template still passing the rules. Anything else is a refusal: stale kits
 * (a list edited since, a {@code generate} that failed or was skipped) never ship.
 */
final class GeneratedOutput {

    private final Validator validator;

    GeneratedOutput(TemplateSchemas schemas) {
        this.validator = new Validator(schemas);
    }

    /** The summary of the output, or why it may not be packaged. */
    record Checked(RunSummary summary, String listSha256, PackageResult refusal) {}

    Checked check(PackageRequest request) throws IOException {
        Path generated = request.generated();
        Path summaryFile = generated.resolve(Lighthouse.SUMMARY);
        if (!Files.isRegularFile(summaryFile) || !hasMarker(generated)) {
            return refused("no successful lighthouse:generate output in " + generated + " (" + Lighthouse.SUMMARY
                    + " or its up-to-date marker is missing: the last lighthouse:generate failed, or never ran): run"
                    + " lighthouse:generate first, and fix what it reports");
        }
        RunSummary summary = RunSummary.read(summaryFile);
        String current = request.customerListSha256();
        String list = request.customers() != null ? request.customers().file() : summary.customerList();
        if (current == null || current.isBlank()) {
            Path file = request.basedir().resolve(summary.customerList());
            if (!Files.isRegularFile(file)) {
                return refused("the customer list " + summary.customerList() + " that the kits in " + generated
                        + " were generated from is not there, so they cannot be checked against it: run lighthouse:generate"
                        + " with the current list");
            }
            current = Packager.sha256(Files.readAllBytes(file));
        }
        if (!current.equals(summary.customerListSha256())) {
            return refused("the kits in " + generated + " are stale: they were generated from another version of the"
                    + " customer list " + list + " (SHA-256 " + shortHash(summary.customerListSha256()) + " then, "
                    + shortHash(current) + " now): it was edited since, or the last lighthouse:generate was skipped or"
                    + " failed; run lighthouse:generate, then package");
        }
        for (String f : summary.files()) {
            if (!Files.isRegularFile(generated.resolve(f))) {
                return refused("generated file " + f + " listed in " + Lighthouse.SUMMARY
                        + " is missing: run lighthouse:generate again");
            }
        }
        ValidateRequest check = new ValidateRequest(
                List.of(),
                List.of(),
                List.of(),
                request.basedir(),
                request.customers() == null ? null : CustomerIndex.of(request.customers()),
                null,
                request.catalog(),
                request.rules(),
                request.today(),
                request.catalogMaxAgeDays());
        List<Finding> errors = new ArrayList<>();
        for (TemplateResult t :
                validator.checkTree(generated, Position.shownPath(request.basedir(), generated), check)) {
            t.findings().stream().filter(Finding::isError).forEach(errors::add);
        }
        if (!errors.isEmpty()) {
            return new Checked(
                    null,
                    null,
                    new PackageResult(
                            "the generated templates in " + generated + " no longer"
                                    + " pass the rules (edited after lighthouse:generate?); refusing to package them",
                            errors,
                            0,
                            0,
                            List.of()));
        }
        return new Checked(summary, current, null);
    }

    private static String shortHash(String sha) {
        return sha == null ? "not recorded" : sha.substring(0, Math.min(12, sha.length())) + "…";
    }

    private static boolean hasMarker(Path generated) throws IOException {
        try (DirectoryStream<Path> markers = Files.newDirectoryStream(generated, ".generate-*.sha256")) {
            return markers.iterator().hasNext();
        }
    }

    private static Checked refused(String why) {
        return new Checked(null, null, new PackageResult(why, List.of(), 0, 0, List.of()));
    }
}
