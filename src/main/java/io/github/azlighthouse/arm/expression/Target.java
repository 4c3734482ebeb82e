package io.github.azlighthouse.arm.expression;

import java.util.Locale;

/**
 * Where a template deploys, as far as the scope functions ({@code subscription()}, {@code resourceGroup()},
 * {@code resourceId()} …) need it. Values are unknown where only the deployment knows them.
 */
record Target(Level level, Value subscriptionId, Value resourceGroup, Value tenantId, Value deploymentName) {

    /** The deployment scope. Read from the template's {@code $schema} (ARM itself takes it from the request). */
    enum Level {
        TENANT,
        MANAGEMENT_GROUP,
        SUBSCRIPTION,
        RESOURCE_GROUP,
        UNKNOWN;

        static Level fromSchema(String schema) {
            String s = schema == null ? "" : schema.toLowerCase(Locale.ROOT);
            if (s.contains("subscriptiondeploymenttemplate")) {
                return SUBSCRIPTION;
            }
            if (s.contains("managementgroupdeploymenttemplate")) {
                return MANAGEMENT_GROUP;
            }
            if (s.contains("tenantdeploymenttemplate")) {
                return TENANT;
            }
            return s.contains("deploymenttemplate") ? RESOURCE_GROUP : UNKNOWN;
        }
    }
}
