package io.github.azlighthouse.arm;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.azlighthouse.customers.CustomerList;
import io.github.azlighthouse.customers.CustomerListReader;
import io.github.azlighthouse.delegation.Delegation;
import io.github.azlighthouse.delegation.DelegationPlanner;
import io.github.azlighthouse.roles.RoleCatalog;
import io.github.azlighthouse.source.SourceParser;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * generate checks the trees it builds and writes their serialisation; that is only the same as
 * checking the files if writing and reading back gives the same tree. It does, for every template
 * and parameter file of the example.
 */
class ArmJsonTest {

    @Test
    void everyGeneratedTreeSurvivesWriteAndReadUnchanged() throws Exception {
        Path example = Path.of(System.getProperty("lighthouse.basedir", "."))
                .resolve("examples/src/main/lighthouse/customers.yaml");
        CustomerList list = new CustomerListReader(new SourceParser())
                .read(example, "customers.yaml")
                .list();
        DelegationPlanner planner = new DelegationPlanner(RoleCatalog.bundled());
        ArmJson json = new ArmJson();
        TemplateBuilder builder = new TemplateBuilder();
        ObjectMapper mapper = new ObjectMapper();
        int checked = 0;
        for (CustomerList.Customer c : list.customers()) {
            for (var sameSubscription : planner.plan(list, c)) {
                for (Delegation d : sameSubscription) {
                    for (JsonNode tree : new JsonNode[] {builder.template(d), builder.parameters(d)}) {
                        byte[] bytes = json.write(tree);
                        assertThat(mapper.readTree(bytes)).isEqualTo(tree);
                        assertThat(new String(bytes, StandardCharsets.UTF_8))
                                .endsWith("}\n")
                                .doesNotContain("\r");
                        checked++;
                    }
                }
            }
        }
        assertThat(checked).isEqualTo(10);
    }
}
