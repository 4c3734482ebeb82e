package io.github.azlighthouse.diff;

import io.github.azlighthouse.Lighthouse;
import io.github.azlighthouse.delegation.Delegation;
import io.github.azlighthouse.findings.Finding;
import io.github.azlighthouse.findings.RuleIds;
import io.github.azlighthouse.findings.Severity;
import io.github.azlighthouse.findings.Subject;
import io.github.azlighthouse.source.Position;
import io.github.azlighthouse.source.SourceParser;
import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * Onboarding archives (written by {@code package}) as the baseline, each read as a stream (no central directory in
 * memory). {@code package} writes one archive per customer and the partner's ({@code *-onboarding.zip}), whose
 * manifest lists the customers' archives; given the partner's archive, each customer's is read from beside it
 * ({@link Lighthouse#customerArchive}), as both {@code package}'s output folder and a Maven repository place
 * them. Each kit's parameter files ({@code <customer>/<subscription>/<offer>.parameters.json}) are read back as
 * delegations; the kit's {@code deploy.sh} gives the customer's tenant, its {@code README.md} the customer's name,
 * and the partner's {@code link-partner-id.sh} the PEC Automation Account. A customer's entries follow each other
 * and become one record. Limits keep a hostile archive (a bomb, huge entries) from costing more than a finding.
 */
final class ArchiveBaseline {

    /** Inflated bytes read from all entries, skipped ones included. */
    static final long MAX_TOTAL = 2L * 1024 * 1024 * 1024;
    /** Bytes of one entry that is read (parameter files, scripts, READMEs). */
    static final int MAX_ENTRY = 16 * 1024 * 1024;

    private static final String ID = "([a-z0-9][a-z0-9-]{0,62})";
    private static final Pattern PARAMETERS =
            Pattern.compile("(?:.*/)?" + ID + "/([0-9A-Fa-f-]{36})/([a-z0-9][a-z0-9-]*)" + "\\.parameters\\.json");
    private static final Pattern KIT_FILE = Pattern.compile("(?:.*/)?" + ID + "/(deploy\\.sh|README\\.md)");
    private static final Pattern TENANT = Pattern.compile("(?m)^readonly TENANT_ID='([^']*)'");
    private static final Pattern NAME = Pattern.compile("\\A# Azure Lighthouse onboarding: ([^\\n]*)");
    private static final Pattern PEC = Pattern.compile("(?m)^readonly PEC_PRINCIPAL_ID='([^']*)'");

    private final String shownFirst;
    private String shown;
    private final Spool index;
    private final ParameterFile parameters;
    private String customer;
    private String name;
    private String tenant;
    private final List<Delegation> delegations = new ArrayList<>();
    private long total;
    private int read;

    private ArchiveBaseline(String shown, Spool index, SourceParser parser) {
        this.shownFirst = shown;
        this.shown = shown;
        this.index = index;
        this.parameters = new ParameterFile(parser);
    }

    static void read(Path zip, String shown, Spool index, SourceParser parser) throws IOException {
        new ArchiveBaseline(shown, index, parser).read(zip);
    }

    private void read(Path partner) throws IOException {
        if (!readOne(partner)) {
            return;
        }
        List<String> customers;
        try {
            customers = PartnerArchive.customerIds(partner);
        } catch (IOException e) {
            customers = List.of(); // not a partner's archive (a customer's, or one from before issue 14)
        }
        for (String id : customers) {
            Path kit = Lighthouse.customerArchive(partner, id);
            String kitShown = sibling(shownFirst, kit);
            if (!Files.isRegularFile(kit)) {
                problem(
                        Position.startOf(shownFirst),
                        "its manifest lists customer '" + id + "' (classifier "
                                + Lighthouse.customerClassifier(id) + "), but " + kitShown
                                + " is not beside it; put every"
                                + " archive of the release in one folder, or give the release's coordinates");
                continue;
            }
            shown = kitShown;
            boolean more = readOne(kit);
            shown = shownFirst;
            if (!more) {
                return;
            }
        }
        if (read == 0 && index.findings().isEmpty()) {
            problem(
                    Position.startOf(shown),
                    "no parameter files (<customer>/<subscription>/<offer>.parameters.json)"
                            + " in it" + (customers.isEmpty() ? "" : " or the customers' archives beside it")
                            + ", so it is not"
                            + " an onboarding archive written by lighthouse:package");
        }
    }

    /** The name shown for an archive beside the one given, in the same folder as shown. */
    private static String sibling(String shown, Path kit) {
        int slash = Math.max(shown.lastIndexOf('/'), shown.lastIndexOf('\\'));
        return shown.substring(0, slash + 1) + kit.getFileName();
    }

    /** Reads one archive; false when it could not be read or was too large to go on. */
    private boolean readOne(Path zip) throws IOException {
        try (ZipInputStream in =
                new ZipInputStream(new BufferedInputStream(Files.newInputStream(zip)), StandardCharsets.UTF_8)) {
            for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                if (!e.isDirectory() && !entry(e.getName(), in)) {
                    return false;
                }
            }
            flush();
            return true;
        } catch (IOException | IllegalArgumentException e) { // ZipException, EOF, malformed names: a broken archive
            problem(
                    Position.startOf(shown),
                    "cannot read the archive: " + e.getMessage()
                            + " (a ZIP written by lighthouse:package is expected)");
            return false;
        }
    }

    /** Handles one entry; false when the archive is too large to go on. */
    private boolean entry(String entryName, InputStream in) throws IOException {
        Matcher p = PARAMETERS.matcher(entryName);
        Matcher kit = KIT_FILE.matcher(entryName);
        String where = shown + "!/" + entryName;
        if (p.matches()) {
            byte[] bytes = bytes(in, where);
            if (bytes == null) {
                return total <= MAX_TOTAL;
            }
            group(p.group(1));
            ParameterFile.Read r = parameters.read(bytes, where, p.group(1), p.group(2), p.group(3));
            if (r.delegation() == null) {
                problem(r.problemAt(), r.problem());
            } else {
                index.managingTenantId(r.delegation().managingTenantId().value());
                delegations.add(r.delegation());
                read++;
            }
        } else if (kit.matches() || entryName.endsWith("link-partner-id.sh")) {
            byte[] bytes = bytes(in, where);
            if (bytes == null) {
                return total <= MAX_TOTAL;
            }
            String text = new String(bytes, StandardCharsets.UTF_8);
            if (!kit.matches()) {
                Matcher m = PEC.matcher(text);
                if (m.find()) {
                    index.pecPrincipalId(m.group(1));
                }
            } else {
                group(kit.group(1));
                boolean deploy = kit.group(2).equals("deploy.sh");
                Matcher m = (deploy ? TENANT : NAME).matcher(text);
                if (m.find()) {
                    if (deploy) {
                        tenant = m.group(1);
                    } else {
                        name = m.group(1).trim();
                    }
                }
            }
        } else {
            skip(in);
        }
        if (total > MAX_TOTAL) {
            problem(
                    Position.startOf(shown),
                    "the archive inflates to more than " + (MAX_TOTAL >> 30)
                            + " GiB; it is not an onboarding archive written by lighthouse:package");
            return false;
        }
        return true;
    }

    /** The entry's bytes, or null (reported) when it is larger than an onboarding kit's files ever are. */
    private byte[] bytes(InputStream in, String where) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] buffer = new byte[8192];
        for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
            total += n;
            if (out.size() + n > MAX_ENTRY) {
                problem(
                        Position.startOf(where),
                        "entry larger than " + (MAX_ENTRY >> 20) + " MiB: not a file of an" + " onboarding kit");
                skip(in);
                return null;
            }
            out.write(buffer, 0, n);
        }
        return out.toByteArray();
    }

    private void skip(InputStream in) throws IOException {
        byte[] buffer = new byte[8192];
        for (int n = in.read(buffer); n >= 0 && total <= MAX_TOTAL; n = in.read(buffer)) {
            total += n;
        }
    }

    /** Starts a customer's record, ending the previous customer's when the entries move on to another. */
    private void group(String id) throws IOException {
        if (!id.equals(customer)) {
            flush();
            customer = id;
        }
    }

    private void flush() throws IOException {
        if (customer != null && !delegations.isEmpty()) {
            index.add(CustomerState.of(customer, name, tenant, delegations));
        }
        delegations.clear();
        customer = null;
        name = null;
        tenant = null;
    }

    private void problem(Position at, String message) {
        index.findings()
                .add(new Finding(
                        RuleIds.INPUT_INVALID, Severity.ERROR, at, Subject.NONE, "baseline " + shown + ": " + message));
    }
}
