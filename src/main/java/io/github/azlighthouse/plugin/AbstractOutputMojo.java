package io.github.azlighthouse.plugin;

import java.io.File;
import org.apache.maven.plugins.annotations.Parameter;

/** Goals that read or write {@code generate}'s output folder ({@code generate}, {@code validate}, {@code package}). */
abstract class AbstractOutputMojo extends AbstractRuleMojo {

    /**
     * {@code generate}'s output: {@code <customer-id>/<subscription-id>/<offer-key>.json} and
     * {@code .parameters.json}, plus {@code lighthouse-summary.json} and the access review. {@code generate}
     * writes it, {@code validate} checks it too when it exists, {@code package} packages it after checking it
     * again.
     *
     * @since 0.1.0
     */
    @Parameter(property = UserProperties.OUTPUT_DIRECTORY, defaultValue = "${project.build.directory}/lighthouse")
    protected File outputDirectory;

    protected AbstractOutputMojo(String goal) {
        super(goal);
    }
}
