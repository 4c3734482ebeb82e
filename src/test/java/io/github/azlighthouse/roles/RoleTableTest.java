package io.github.azlighthouse.roles;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class RoleTableTest {

    static final RoleCatalog CATALOG = RoleCatalog.bundled();

    @Test
    void pecListsWhatThePecAccountMayHold() {
        List<String> lines = RoleTable.lines(CATALOG, "pec");
        assertThat(lines).hasSize(2 + 71);
        assertThat(lines)
                .anyMatch(l ->
                        l.startsWith("Contributor ") && l.contains("b24988ac-6180-42a0-ab88-20f7382dd24c  yes  yes"));
        assertThat(lines).noneMatch(l -> l.matches("(Reader|Owner) +[0-9a-f-]{36} .*"));
    }

    @Test
    void supportedAndNameFilters() {
        assertThat(RoleTable.lines(CATALOG, "supported")).hasSize(2 + 578);
        List<String> owner = RoleTable.lines(CATALOG, "OWNER");
        assertThat(owner).anyMatch(l -> l.startsWith("Owner ") && l.endsWith("yes  no: Owner is never delegable"));
        assertThat(RoleTable.lines(CATALOG, "log analytics contributor"))
                .anyMatch(l -> l.endsWith("no: has DataActions or NotDataActions"));
        assertThat(RoleTable.lines(CATALOG, null)).hasSize(2 + 928);
    }
}
