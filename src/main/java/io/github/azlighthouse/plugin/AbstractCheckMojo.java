package io.github.azlighthouse.plugin;

import io.github.azlighthouse.rules.RuleSet;
import java.io.File;
import java.util.Map;
import java.util.TreeMap;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * Goals whose findings decide the build ({@code generate}, {@code validate}, {@code diff}): they write JUnit XML
 * and SARIF reports, errors fail the build unless {@code failOnError} is false, and warnings may fail it too.
 */
abstract class AbstractCheckMojo extends AbstractOutputMojo {

    /**
     * Fail the build on warnings too.
     *
     * @since 0.1.0
     */
    @Parameter(property = UserProperties.FAIL_ON_WARNING, defaultValue = "false")
    protected boolean failOnWarning;

    /**
     * Fail the build on errors. {@code false} reports only (JUnit XML, SARIF, the log), for a warn-only pull-request
     * check; {@code generate} then still writes nothing to the output directory when it finds errors.
     *
     * @since 0.1.0
     */
    @Parameter(property = UserProperties.FAIL_ON_ERROR, defaultValue = "true")
    protected boolean failOnError;

    /**
     * Where the JUnit XML and SARIF reports go: {@code TEST-lighthouse.xml} and {@code lighthouse.sarif} from
     * {@code validate}, {@code TEST-lighthouse-generate.xml} and {@code lighthouse-generate.sarif} from
     * {@code generate}, {@code TEST-lighthouse-diff.xml} and {@code lighthouse-diff.sarif} from {@code diff}, so that
     * goals of one build never overwrite each other's.
     *
     * @since 0.1.0
     */
    @Parameter(
            property = UserProperties.REPORTS_DIRECTORY,
            defaultValue = "${project.build.directory}/lighthouse-reports")
    protected File reportsDirectory;

    protected AbstractCheckMojo(String goal) {
        super(goal);
    }

    /** Rule severities and other settings that change results, for up-to-date fingerprints. */
    protected String configuration(RuleSet ruleSet) {
        Map<String, String> config = new TreeMap<>();
        ruleSet.rules()
                .keySet()
                .forEach(id -> config.put(id, ruleSet.severity(id).label()));
        config.put("failOnWarning", String.valueOf(failOnWarning));
        config.put("catalogMaxAgeDays", String.valueOf(catalogMaxAgeDays));
        return config.toString();
    }
}
