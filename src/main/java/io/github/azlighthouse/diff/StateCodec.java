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
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * A customer's state as bytes, for the spools: everything {@code diff} compares and shows, and, for the current
 * list, the line and column of every value, so findings still point at them when the state is read back.
 * {@link #digest} covers only what grants access, in the state's canonical order (not the name, principal types,
 * the apiVersion, positions or the PEC account, which not every baseline knows): equal digests, same access.
 */
final class StateCodec {

    private static final JsonFactory JSON = new JsonFactory();
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private StateCodec() {}

    /** 128 bits of SHA-256 over the values that grant access, in canonical order. */
    static byte[] digest(CustomerState c) {
        MessageDigest sha;
        try {
            sha = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
        Digest d = new Digest(sha);
        d.add(c.tenantId());
        for (SubscriptionState s : c.subscriptions()) {
            d.add(s.subscriptionId());
            s.resourceGroups().forEach(d::add);
            for (Delegation o : s.delegations()) {
                d.add(o.subject().offer(), value(o.offerName()), value(o.description()), value(o.managingTenantId()));
                for (Authorization a : o.authorizations()) {
                    d.add("a", value(a.principalId()), value(a.displayName()), value(a.roleDefinitionId()));
                    if (a.delegatedRoleDefinitionIds() != null) {
                        a.delegatedRoleDefinitionIds().forEach(r -> d.add("d", value(r)));
                    }
                }
                for (EligibleAuthorization e : o.eligibleAuthorizations()) {
                    d.add(
                            "e",
                            value(e.principalId()),
                            value(e.displayName()),
                            value(e.roleDefinitionId()),
                            value(e.multiFactorAuthProvider()),
                            value(e.maximumActivationDuration()));
                    e.approvers().forEach(a -> d.add("p", value(a.principalId()), value(a.displayName())));
                }
            }
            d.add("/s");
        }
        return Arrays.copyOf(sha.digest(), 16);
    }

    /** Feeds values with their lengths, so that no two sequences of values give the same bytes. */
    private record Digest(MessageDigest sha) {
        void add(String... values) {
            for (String v : values) {
                if (v == null) {
                    sha.update((byte) 0xff);
                } else {
                    byte[] b = v.getBytes(StandardCharsets.UTF_8);
                    sha.update(new byte[] {
                        (byte) (b.length >>> 24), (byte) (b.length >>> 16), (byte) (b.length >>> 8), (byte) b.length
                    });
                    sha.update(b);
                }
            }
        }
    }

    /** The state as a record; with {@code positions}, each value's line and column too. */
    static byte[] encode(CustomerState c, boolean positions) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(positions ? 4096 : 2048);
        try (JsonGenerator g = JSON.createGenerator(out)) {
            Writer w = new Writer(g, positions);
            g.writeStartObject();
            g.writeStringField("id", c.id());
            g.writeStringField("name", c.name());
            g.writeStringField("tenantId", c.tenantId());
            g.writeArrayFieldStart("subscriptions");
            for (SubscriptionState s : c.subscriptions()) {
                g.writeStartObject();
                g.writeStringField("id", s.subscriptionId());
                g.writeArrayFieldStart("resourceGroups");
                for (String group : s.resourceGroups()) {
                    g.writeString(group);
                }
                g.writeEndArray();
                g.writeArrayFieldStart("offers");
                for (Delegation d : s.delegations()) {
                    w.offer(d);
                }
                g.writeEndArray();
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeEndObject();
        } catch (IOException e) {
            throw new UncheckedIOException(e); // writing to memory
        }
        return out.toByteArray();
    }

    /** Writes values, and with {@code positions} their places ({@code "field@": [line, column]}). */
    private record Writer(JsonGenerator g, boolean positions) {

        void offer(Delegation d) throws IOException {
            g.writeStartObject();
            g.writeStringField("key", d.subject().offer());
            field("name", d.offerName());
            field("description", d.description());
            field("managingTenantId", d.managingTenantId());
            field("apiVersion", d.apiVersion());
            at("at", d.at());
            at("authorizationsAt", d.authorizationsAt());
            g.writeArrayFieldStart("authorizations");
            for (Authorization a : d.authorizations()) {
                g.writeStartObject();
                principal(a.principalId(), a.displayName(), a.principalType());
                field("role", a.roleDefinitionId());
                at("at", a.at());
                if (a.delegatedRoleDefinitionIds() != null) {
                    g.writeArrayFieldStart("delegatedRoles");
                    for (Located r : a.delegatedRoleDefinitionIds()) {
                        g.writeStartObject();
                        field("id", r);
                        g.writeEndObject();
                    }
                    g.writeEndArray();
                }
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeArrayFieldStart("eligible");
            for (EligibleAuthorization e : d.eligibleAuthorizations()) {
                g.writeStartObject();
                principal(e.principalId(), e.displayName(), e.principalType());
                field("role", e.roleDefinitionId());
                field("mfa", e.multiFactorAuthProvider());
                field("duration", e.maximumActivationDuration());
                at("at", e.at());
                g.writeArrayFieldStart("approvers");
                for (Approver a : e.approvers()) {
                    g.writeStartObject();
                    principal(a.principalId(), a.displayName(), a.principalType());
                    at("at", a.at());
                    g.writeEndObject();
                }
                g.writeEndArray();
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeEndObject();
        }

        void principal(Located id, Located name, String type) throws IOException {
            field("principalId", id);
            field("displayName", name);
            g.writeStringField("type", type);
        }

        void field(String name, Located value) throws IOException {
            g.writeStringField(name, value(value));
            if (value != null) {
                at(name + "@", value.at());
            }
        }

        void at(String name, Position p) throws IOException {
            if (positions && p != null) {
                g.writeArrayFieldStart(name);
                g.writeNumber(p.line());
                g.writeNumber(p.column());
                g.writeEndArray();
            }
        }
    }

    /** A value as compared: blank is absent. */
    static String value(Located l) {
        return l == null || l.value() == null || l.value().isBlank() ? null : l.value();
    }

    /**
     * A record back as a state. Values stand where the record says (in {@code file}), else at {@code at}; every
     * delegation names {@code pec} as its PEC account (the list's, or null when the baseline does not say).
     */
    static CustomerState decode(byte[] bytes, Position at, String file, String pec) throws IOException {
        Reader r = new Reader(at, file);
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
                        for (JsonNode role : a.path("delegatedRoles")) {
                            delegated.add(r.located(role, "id"));
                        }
                    }
                    auths.add(new Authorization(
                            r.located(a, "principalId"),
                            r.located(a, "displayName"),
                            text(a, "type"),
                            r.located(a, "role"),
                            delegated,
                            r.at(a, "at")));
                }
                List<EligibleAuthorization> eligible = new ArrayList<>();
                for (JsonNode e : o.path("eligible")) {
                    List<Approver> approvers = new ArrayList<>();
                    e.path("approvers")
                            .forEach(a -> approvers.add(new Approver(
                                    r.located(a, "principalId"),
                                    r.located(a, "displayName"),
                                    text(a, "type"),
                                    r.at(a, "at"))));
                    eligible.add(new EligibleAuthorization(
                            r.located(e, "principalId"),
                            r.located(e, "displayName"),
                            text(e, "type"),
                            r.located(e, "role"),
                            r.located(e, "mfa"),
                            r.located(e, "duration"),
                            approvers,
                            r.at(e, "at")));
                }
                delegations.add(new Delegation(
                        new Subject(id, subscription, text(o, "key")),
                        new Located(text(c, "tenantId"), at),
                        r.located(o, "managingTenantId"),
                        new Located(subscription, at),
                        r.located(o, "name"),
                        r.located(o, "description"),
                        r.located(o, "apiVersion"),
                        groups,
                        auths,
                        eligible,
                        new PecAccount(new Located(pec, at), null),
                        r.at(o, "authorizationsAt"),
                        r.at(o, "at")));
            }
        }
        return CustomerState.of(id, text(c, "name"), text(c, "tenantId"), delegations);
    }

    /** Reads values with their places. */
    private record Reader(Position at, String file) {

        Located located(JsonNode n, String field) {
            return new Located(text(n, field), at(n, field + "@"));
        }

        Position at(JsonNode n, String field) {
            JsonNode p = n.get(field);
            return p != null
                            && p.size() == 2
                            && p.get(0).canConvertToInt()
                            && p.get(1).canConvertToInt()
                    ? new Position(file, p.get(0).asInt(), p.get(1).asInt())
                    : at;
        }
    }

    private static String text(JsonNode n, String field) {
        JsonNode v = n.get(field);
        return v == null || v.isNull() ? null : v.asText();
    }
}
