package io.github.azlighthouse.diff;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.azlighthouse.delegation.Delegation;
import io.github.azlighthouse.delegation.Delegation.Approver;
import io.github.azlighthouse.delegation.Delegation.Authorization;
import io.github.azlighthouse.delegation.Delegation.EligibleAuthorization;
import io.github.azlighthouse.delegation.Delegation.PecAccount;
import io.github.azlighthouse.diff.CustomerState.SubscriptionState;
import io.github.azlighthouse.findings.Subject;
import io.github.azlighthouse.source.Located;
import io.github.azlighthouse.source.Position;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.function.Function;

/**
 * A customer's state as bytes, for the baseline's spool: everything {@code diff} compares, in a canonical order
 * (authorizations by principal and role, approvers and delegated roles by ID), so that two states that grant the
 * same access have the same bytes up to the customer's name, which comes last. {@link Encoded#digest()} covers
 * those bytes, so an unchanged customer is recognised without reading its baseline back. Principal types, the
 * apiVersion and the PEC account are left out: not every baseline knows them (the PEC account is the baseline's,
 * given when reading back).
 */
final class StateCodec {

    private static final JsonFactory JSON = new JsonFactory();
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private StateCodec() {
    }

    /** The record's bytes and the digest of all of them but the name. */
    record Encoded(byte[] bytes, byte[] digest) {

        boolean sameAs(byte[] other) {
            return other != null && Arrays.equals(digest, other);
        }
    }

    static Encoded encode(CustomerState c) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(2048);
        try (JsonGenerator g = JSON.createGenerator(out)) {
            g.writeStartObject();
            g.writeStringField("id", c.id());
            g.writeStringField("tenantId", c.tenantId());
            g.writeArrayFieldStart("subscriptions");
            for (SubscriptionState s : c.subscriptions()) {
                g.writeStartObject();
                g.writeStringField("id", s.subscriptionId());
                strings(g, "resourceGroups", s.resourceGroups());
                g.writeArrayFieldStart("offers");
                for (Delegation d : s.delegations()) {
                    offer(g, d);
                }
                g.writeEndArray();
                g.writeEndObject();
            }
            g.writeEndArray();
            g.flush();
            int named = out.size();
            g.writeStringField("name", c.name());
            g.writeEndObject();
            g.close();
            byte[] bytes = out.toByteArray();
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            sha.update(bytes, 0, named);
            return new Encoded(bytes, Arrays.copyOf(sha.digest(), 16));
        } catch (IOException e) {
            throw new UncheckedIOException(e); // writing to memory
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }

    private static void offer(JsonGenerator g, Delegation d) throws IOException {
        g.writeStartObject();
        g.writeStringField("key", d.subject().offer());
        g.writeStringField("name", value(d.offerName()));
        g.writeStringField("description", value(d.description()));
        g.writeStringField("managingTenantId", value(d.managingTenantId()));
        g.writeArrayFieldStart("authorizations");
        for (Authorization a : sorted(d.authorizations(), a -> key(a.principalId()) + "|" + key(a.roleDefinitionId()))) {
            g.writeStartObject();
            principal(g, a.principalId(), a.displayName());
            g.writeStringField("role", value(a.roleDefinitionId()));
            if (a.delegatedRoleDefinitionIds() != null) {
                strings(g, "delegatedRoles", sorted(a.delegatedRoleDefinitionIds(), StateCodec::key).stream()
                        .map(StateCodec::value).toList());
            }
            g.writeEndObject();
        }
        g.writeEndArray();
        g.writeArrayFieldStart("eligible");
        for (EligibleAuthorization e : sorted(d.eligibleAuthorizations(),
                e -> key(e.principalId()) + "|" + key(e.roleDefinitionId()))) {
            g.writeStartObject();
            principal(g, e.principalId(), e.displayName());
            g.writeStringField("role", value(e.roleDefinitionId()));
            g.writeStringField("mfa", value(e.multiFactorAuthProvider()));
            g.writeStringField("duration", value(e.maximumActivationDuration()));
            g.writeArrayFieldStart("approvers");
            for (Approver a : sorted(e.approvers(), a -> key(a.principalId()))) {
                g.writeStartObject();
                principal(g, a.principalId(), a.displayName());
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeEndObject();
        }
        g.writeEndArray();
        g.writeEndObject();
    }

    private static void principal(JsonGenerator g, Located id, Located name) throws IOException {
        g.writeStringField("principalId", value(id));
        g.writeStringField("displayName", value(name));
    }

    private static void strings(JsonGenerator g, String field, List<String> values) throws IOException {
        g.writeArrayFieldStart(field);
        for (String v : values) {
            g.writeString(v);
        }
        g.writeEndArray();
    }

    private static <T> List<T> sorted(List<T> items, Function<T, String> key) {
        List<T> copy = new ArrayList<>(items);
        copy.sort(Comparator.comparing(key));
        return copy;
    }

    private static String key(Located l) {
        return CustomerState.key(value(l));
    }

    /** A value as compared: blank is absent. */
    static String value(Located l) {
        return l == null || l.value() == null || l.value().isBlank() ? null : l.value();
    }

    /**
     * A record back as a state; every value stands at {@code at} (the baseline), and every delegation names
     * {@code pec} as its PEC account (the baseline's, or null when it does not say).
     */
    static CustomerState decode(byte[] bytes, Position at, String pec) throws IOException {
        JsonNode c = MAPPER.readTree(bytes);
        String id = text(c, "id");
        List<Delegation> delegations = new ArrayList<>();
        for (JsonNode s : c.path("subscriptions")) {
            String subscription = text(s, "id");
            List<Located> groups = new ArrayList<>();
            s.path("resourceGroups").forEach(g -> groups.add(new Located(g.asText(), at)));
            for (JsonNode o : s.path("offers")) {
                List<Authorization> auths = new ArrayList<>();
                for (JsonNode a : o.path("authorizations")) {
                    List<Located> delegated = null;
                    if (a.has("delegatedRoles")) {
                        delegated = new ArrayList<>();
                        for (JsonNode r : a.path("delegatedRoles")) {
                            delegated.add(new Located(r.asText(), at));
                        }
                    }
                    auths.add(new Authorization(located(a, "principalId", at), located(a, "displayName", at), null,
                            located(a, "role", at), delegated, at));
                }
                List<EligibleAuthorization> eligible = new ArrayList<>();
                for (JsonNode e : o.path("eligible")) {
                    List<Approver> approvers = new ArrayList<>();
                    e.path("approvers").forEach(a -> approvers.add(new Approver(located(a, "principalId", at),
                            located(a, "displayName", at), null, at)));
                    eligible.add(new EligibleAuthorization(located(e, "principalId", at), located(e, "displayName", at),
                            null, located(e, "role", at), located(e, "mfa", at), located(e, "duration", at), approvers,
                            at));
                }
                delegations.add(new Delegation(new Subject(id, subscription, text(o, "key")),
                        new Located(text(c, "tenantId"), at), located(o, "managingTenantId", at),
                        new Located(subscription, at), located(o, "name", at), located(o, "description", at),
                        new Located(null, at), groups, auths, eligible, new PecAccount(new Located(pec, at), null), at,
                        at));
            }
        }
        return CustomerState.of(id, text(c, "name"), text(c, "tenantId"), delegations);
    }

    private static Located located(JsonNode n, String field, Position at) {
        return new Located(text(n, field), at);
    }

    private static String text(JsonNode n, String field) {
        JsonNode v = n.get(field);
        return v == null || v.isNull() ? null : v.asText();
    }
}
