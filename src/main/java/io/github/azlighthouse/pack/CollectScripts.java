package io.github.azlighthouse.pack;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.TreeMap;

/**
 * The partner's {@code collect-delegations.sh} and {@code .ps1}: they save the deployed delegations of every
 * delegated subscription for {@code lighthouse:audit}. Written as resource templates beside this class; the
 * packager fills in the managing tenant.
 */
final class CollectScripts {

    static final String SH = "collect-delegations.sh";
    static final String PS1 = "collect-delegations.ps1";
    static final String TENANT = "@MANAGING_TENANT_ID@";

    private CollectScripts() {}

    /** Archive path to script text. */
    static Map<String, String> render(String managingTenantId) {
        Map<String, String> scripts = new TreeMap<>();
        for (String name : new String[] {SH, PS1}) {
            scripts.put(name, template(name).replace(TENANT, managingTenantId));
        }
        return scripts;
    }

    private static String template(String name) {
        try (InputStream in = CollectScripts.class.getResourceAsStream(name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException | NullPointerException e) {
            throw new IllegalStateException("script template " + name + " missing from the plugin jar", e);
        }
    }
}
