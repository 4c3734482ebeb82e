package io.github.azlighthouse.arm.expression;

/**
 * What is known about the deployment target besides the template: the subscription and tenant it is
 * deployed to (from a customer list), either {@code null} when not known.
 */
public record DeploymentContext(String subscriptionId, String tenantId) {

    /** Nothing known: {@code subscription()} and {@code tenant()} values are unknown. */
    public static final DeploymentContext NONE = new DeploymentContext(null, null);
}
