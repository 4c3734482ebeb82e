package io.github.azlighthouse.arm;

import java.util.Locale;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A parsed {@code $schema} URL of Microsoft's ARM schemas. ARM decides a template's scope by the
 * schema's file name ({@code subscriptionDeploymentTemplate}, {@code deploymentTemplate},
 * {@code managementGroupDeploymentTemplate}, {@code tenantDeploymentTemplate}).
 */
record ArmSchema(String version, String name) {

    // "/schemas/" is optional: Microsoft's own management-group sample leaves it out of its embedded template
    private static final Pattern URL = Pattern.compile(
            "^https?://schema\\.management\\.azure\\.com/(?:schemas/)?([0-9]{4}-[0-9]{2}-[0-9]{2}(?:-preview)?)/"
                    + "([A-Za-z]+)\\.json#?$",
            Pattern.CASE_INSENSITIVE);

    static ArmSchema parse(String url) {
        Matcher m = URL.matcher(url == null ? "" : url.trim());
        return m.matches() ? new ArmSchema(m.group(1), m.group(2)) : new ArmSchema(null, null);
    }

    boolean isKnown() {
        return name != null;
    }

    boolean isTemplate() {
        return name != null && name.toLowerCase(Locale.ROOT).endsWith("deploymenttemplate");
    }

    boolean isParameters() {
        return name != null && name.toLowerCase(Locale.ROOT).endsWith("deploymentparameters");
    }

    boolean isSubscriptionScope() {
        return "subscriptiondeploymenttemplate".equalsIgnoreCase(name);
    }

    /** Microsoft publishes the subscription-deployment schema for 2018-05-01 only. */
    boolean isPublished() {
        return !isSubscriptionScope() || "2018-05-01".equals(version);
    }

    Level level() {
        String n = Objects.requireNonNullElse(name, "").toLowerCase(Locale.ROOT);
        if (n.startsWith("managementgroup")) {
            return Level.MANAGEMENT_GROUP;
        }
        if (n.startsWith("tenant")) {
            return Level.TENANT;
        }
        if (n.startsWith("subscription")) {
            return Level.SUBSCRIPTION;
        }
        return Level.RESOURCE_GROUP;
    }

    /** Where a template's resources are deployed. */
    enum Level {
        TENANT("tenant"),
        MANAGEMENT_GROUP("management-group"),
        SUBSCRIPTION("subscription"),
        RESOURCE_GROUP("resource-group");

        final String text;

        Level(String text) {
            this.text = text;
        }
    }
}
