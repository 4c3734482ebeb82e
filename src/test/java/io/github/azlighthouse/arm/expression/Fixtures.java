package io.github.azlighthouse.arm.expression;

import io.github.azlighthouse.findings.FindingSink;
import io.github.azlighthouse.findings.Severities;
import io.github.azlighthouse.findings.Subject;
import io.github.azlighthouse.source.SourceDocument;
import io.github.azlighthouse.source.SourceParser;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/** Templates and parameter files from text, and scopes over them. */
final class Fixtures {

    static final String SUBSCRIPTION_SCHEMA =
            "https://schema.management.azure.com/schemas/2018-05-01/subscriptionDeploymentTemplate.json#";
    static final String SUB = "11111111-2222-3333-4444-555555555555";
    static final String TENANT = "99999999-8888-7777-6666-555555555555";

    private Fixtures() {}

    static SourceDocument doc(String file, String json) {
        try {
            return new SourceParser()
                    .parse(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)), false, file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (io.github.azlighthouse.source.SyntaxError e) {
            throw new IllegalArgumentException(e.getMessage(), e);
        }
    }

    static SourceDocument resource(String name) {
        try (InputStream in = Fixtures.class.getResourceAsStream("/expression/" + name)) {
            if (in == null) {
                throw new IllegalArgumentException("no test resource " + name);
            }
            return new SourceParser().parse(in, false, name);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (io.github.azlighthouse.source.SyntaxError e) {
            throw new IllegalArgumentException(e.getMessage(), e);
        }
    }

    static FindingSink sink() {
        return new FindingSink(Severities.allErrors());
    }

    static TemplateScope scope(String template) {
        return TemplateScope.of(doc("template.json", template), null, DeploymentContext.NONE, sink(), Subject.NONE);
    }

    static TemplateScope scope(String template, String parameters, DeploymentContext context, FindingSink sink) {
        return TemplateScope.of(
                doc("template.json", template),
                parameters == null ? null : doc("template.parameters.json", parameters),
                context,
                sink,
                Subject.NONE);
    }

    /** A subscription-scope template with the given {@code parameters} and {@code variables} JSON objects. */
    static String template(String parameters, String variables) {
        return "{\"$schema\": \"" + SUBSCRIPTION_SCHEMA + "\", \"contentVersion\": \"1.0.0.0\", \"parameters\": "
                + parameters + ", \"variables\": " + variables + ", \"resources\": []}";
    }

    /** Evaluates {@code expression} (a JSON string's text, brackets included) in an empty subscription template. */
    static Value eval(String expression) {
        return scope(template("{}", "{}")).evaluateExpression(expression);
    }

    /** Evaluates with a known subscription and tenant. */
    static Value evalKnown(String expression) {
        return scope(template("{}", "{}"), null, new DeploymentContext(SUB, TENANT), sink())
                .evaluateExpression(expression);
    }
}
