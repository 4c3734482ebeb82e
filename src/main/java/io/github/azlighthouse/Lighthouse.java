package io.github.azlighthouse;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Properties;

/**
 * What every layer may know about the plugin itself: its name, its version, and the name of the index
 * {@code generate} writes beside its output (which {@code validate} leaves out and {@code package} reads).
 * Depends on nothing of ours, so any package can use it.
 */
public final class Lighthouse {

    /** The tool's name, as summaries, manifests and SARIF reports give it. */
    public static final String NAME = "lighthouse-maven-plugin";

    /** {@code generate}'s index of its output: the run summary ({@code lighthouse-summary.json}). */
    public static final String SUMMARY = "lighthouse-summary.json";

    /** {@code diff}'s report for tools, written beside {@code generate}'s output (which {@code validate} leaves out). */
    public static final String DIFF = "diff.json";

    /** The classifier of the partner's onboarding archive; a customer's is {@link #customerClassifier}. */
    public static final String ONBOARDING = "onboarding";

    private static final String VERSION = readVersion();

    private Lighthouse() {}

    /** This plugin's version, from the jar (part of up-to-date fingerprints, summaries, reports). */
    public static String version() {
        return VERSION;
    }

    /** The classifier of a customer's onboarding archive: {@code onboarding-<customer-id>}. */
    public static String customerClassifier(String customerId) {
        return ONBOARDING + "-" + customerId;
    }

    /**
     * A customer's archive beside the partner's: {@code x-onboarding.zip} gives {@code x-onboarding-<id>.zip}.
     * {@code package} writes them so, and a Maven repository names them {@code <artifactId>-<version>-<classifier>.zip},
     * which is the same rule; {@code diff} reads them from there.
     */
    public static Path customerArchive(Path partner, String customerId) {
        String name = partner.getFileName().toString();
        String base = name.toLowerCase(Locale.ROOT).endsWith(".zip") ? name.substring(0, name.length() - 4) : name;
        return partner.resolveSibling(base + "-" + customerId + ".zip");
    }

    private static String readVersion() {
        Properties p = new Properties();
        try (InputStream in = Lighthouse.class.getResourceAsStream("version.properties")) {
            if (in != null) {
                p.load(in);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read version.properties from the plugin jar", e);
        }
        return p.getProperty("version", "unknown");
    }
}
