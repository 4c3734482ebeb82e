package io.github.azlighthouse.report;

import io.github.azlighthouse.Lighthouse;
import io.github.azlighthouse.diff.Change;
import io.github.azlighthouse.diff.ChangeKind;
import io.github.azlighthouse.diff.CustomerChanges;
import io.github.azlighthouse.diff.DiffResult;
import io.github.azlighthouse.findings.FindingReport;
import io.github.azlighthouse.findings.Severity;
import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * {@code diff.md}, written to be posted as a pull-request comment: a summary table of changes by kind, the
 * findings, then the changes customer by customer (a customer with many changes collapsed in {@code <details>}).
 * Deterministic: the same two lists give the same bytes. Kept under GitHub's comment limit (65,536 characters):
 * past {@link #BUDGET} the remaining customers are counted, and {@code diff.json} has them all. Also the console's
 * summary lines.
 */
public final class DiffMarkdown {

    public static final String FILE = "diff.md";

    /** Characters of customer sections; what follows is only counted. */
    static final int BUDGET = 55_000;
    /** A customer with more changes than this is collapsed. */
    static final int OPEN_ROWS = 10;

    static final int LISTED_FINDINGS = 20;

    private DiffMarkdown() {}

    public static void write(DiffResult r, Path file, String version) throws IOException {
        Files.createDirectories(file.toAbsolutePath().getParent());
        try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            out.write(head(r));
            int[] written = {0, 0}; // characters of sections, customers left out
            r.each(c -> {
                String section = section(c);
                if (written[0] + section.length() > BUDGET) {
                    written[1]++;
                    return;
                }
                written[0] += section.length();
                out.write(section);
            });
            if (written[1] > 0) {
                out.write("\n_" + written[1] + " more customer" + (written[1] == 1 ? "" : "s") + " with changes are not"
                        + " shown here, to stay within a pull-request comment; diff.json lists every change._\n");
            }
            out.write("\n<sub>" + Lighthouse.NAME + " " + version + ", lighthouse:diff</sub>\n");
        }
    }

    static String head(DiffResult r) {
        StringBuilder s = new StringBuilder("## Azure Lighthouse: what this change grants and removes\n\n");
        s.append(code(r.current()))
                .append(" compared with the baseline, ")
                .append(r.baselineKind())
                .append(' ')
                .append(code(r.baselineShown()))
                .append(".\n\n");
        if (!r.compared()) {
            s.append("**Not compared**: ")
                    .append(problems(r))
                    .append(" in the customer lists (below); fix ")
                    .append("them first (lighthouse:generate lists them too).\n\n");
            findings(r, s);
            return s.toString();
        }
        s.append(customers(r)).append(".\n\n");
        r.notes().forEach(n -> s.append("> ").append(esc(n)).append("\n\n"));
        if (r.changes() == 0) {
            s.append("No changes: the customer list grants exactly the access of the baseline.\n\n");
        } else {
            s.append("| change | count |\n|---|---|\n");
            for (Map.Entry<ChangeKind, Integer> e : r.counts().entrySet()) {
                boolean loud =
                        e.getKey() == ChangeKind.PEC_GATE_CHANGED || e.getKey() == ChangeKind.PEC_ACCOUNT_CHANGED;
                s.append("| ")
                        .append(
                                loud
                                        ? "**" + e.getKey().title() + "**"
                                        : e.getKey().title())
                        .append(" | ")
                        .append(e.getValue())
                        .append(" |\n");
            }
            s.append('\n');
        }
        findings(r, s);
        return s.toString();
    }

    private static String problems(DiffResult r) {
        return counted(r, Severity.ERROR);
    }

    private static void findings(DiffResult r, StringBuilder s) {
        if (r.findings().isEmpty()) {
            return;
        }
        s.append("**")
                .append(counted(r, Severity.ERROR))
                .append(", ")
                .append(counted(r, Severity.WARNING))
                .append("** (in the build log and the SARIF report, at their lines):\n\n");
        List<String> lines = FindingReport.lines(r.findings());
        lines.stream()
                .limit(LISTED_FINDINGS)
                .forEach(l -> s.append("- ").append(esc(l)).append('\n'));
        if (lines.size() > LISTED_FINDINGS) {
            s.append("- … and ").append(lines.size() - LISTED_FINDINGS).append(" more\n");
        }
        s.append('\n');
    }

    /** {@code 1 error (5 occurrences)}: a problem repeated on several customers counts once, as the log prints it. */
    private static String counted(DiffResult r, Severity severity) {
        long problems = FindingReport.problems(r.findings(), severity);
        long occurrences = FindingReport.count(r.findings(), severity);
        return problems + " " + severity.label() + (problems == 1 ? "" : "s")
                + (occurrences > problems ? " (" + occurrences + " occurrences)" : "");
    }

    static String section(CustomerChanges c) {
        StringBuilder s = new StringBuilder("### ")
                .append(c.customer() == null ? "All customers" : esc(c.title()))
                .append("\n\n");
        List<String> rows = new ArrayList<>();
        for (Change ch : c.changes()) {
            rows.add("| " + code(ch.subscription()) + " | " + cell(ch.scope()) + " | " + cell(ch.offer()) + " | "
                    + ch.kind().label() + " | " + named(ch.principal(), ch.principalId()) + " | "
                    + named(ch.role(), ch.roleId()) + " | " + cell(ch.before()) + " | " + cell(ch.after()) + " |\n");
        }
        boolean collapse = rows.size() > OPEN_ROWS;
        if (collapse) {
            s.append("<details><summary>").append(rows.size()).append(" changes</summary>\n\n");
        }
        s.append("| subscription | scope | offer | change | principal | role | before | after |\n")
                .append("|---|---|---|---|---|---|---|---|\n");
        rows.forEach(s::append);
        s.append(collapse ? "\n</details>\n\n" : "\n");
        return s.toString();
    }

    /** {@code Tier 2 Engineers `1a2b…`}; the ID alone without a name; empty when neither. */
    private static String named(String name, String id) {
        if (id == null) {
            return cell(name);
        }
        return name == null || name.equals(id) ? code(id) : cell(name) + " " + code(id);
    }

    private static String code(String text) {
        return text == null
                ? ""
                : "`" + text.replace("`", "'").replace("|", "\\|").replace("\n", " ") + "`";
    }

    private static String cell(String text) {
        return text == null ? "" : esc(text).replace("|", "\\|");
    }

    /** Text from the customer list is shown, never interpreted: no HTML, no line breaks. */
    static String esc(String text) {
        return text.replace("&", "&amp;")
                .replace("<", "&lt;")
                .replace(">", "&gt;")
                .replace("\r", " ")
                .replace("\n", " ");
    }

    /** {@code 3 customers with changes (1 added, 0 removed); the list has 3, the baseline had 2}. */
    static String customers(DiffResult r) {
        int changed = r.changedCustomers();
        return changed + " customer" + (changed == 1 ? "" : "s") + " with changes ("
                + r.counts().getOrDefault(ChangeKind.CUSTOMER_ADDED, 0) + " added, "
                + r.counts().getOrDefault(ChangeKind.CUSTOMER_REMOVED, 0) + " removed); the list has "
                + r.currentCustomers() + ", the baseline had " + r.baselineCustomers();
    }

    /** The console's summary: what was compared, then the changes by kind. */
    public static List<String> console(DiffResult r) {
        List<String> lines = new ArrayList<>();
        if (!r.compared()) {
            lines.add("Not compared: " + problems(r) + " in the customer lists (listed above).");
            return lines;
        }
        lines.add("lighthouse:diff against the baseline, " + r.baseline() + ": " + customers(r) + "; " + r.changes()
                + " change" + (r.changes() == 1 ? "" : "s") + ".");
        r.notes().forEach(lines::add);
        r.counts().forEach((kind, n) -> lines.add(String.format("  %-50s %d", kind.title(), n)));
        return lines;
    }
}
