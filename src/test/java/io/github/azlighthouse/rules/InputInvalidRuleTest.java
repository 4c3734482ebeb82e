package io.github.azlighthouse.rules;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.azlighthouse.customers.CustomerListReader;
import io.github.azlighthouse.findings.Finding;
import io.github.azlighthouse.source.SourceParser;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@link InputInvalidRule}, reported by the customer-list reader: a list that is malformed. */
class InputInvalidRuleTest {

    static final Path EXAMPLE = Path.of(System.getProperty("lighthouse.basedir", "."))
            .resolve("examples/src/main/lighthouse/customers.yaml");

    @TempDir
    Path dir;

    List<Finding> read(String yaml) throws IOException {
        Path file = dir.resolve("customers.yaml");
        Files.writeString(file, yaml);
        return new CustomerListReader(new SourceParser())
                .read(file, "customers.yaml")
                .findings();
    }

    @Test
    void firesOnAnUnknownKeyAndOnAnOfferThatIsNotDefined() throws IOException {
        String example = Files.readString(EXAMPLE);
        assertThat(read(example.replace("    name: Fabrikam Ltd\n", "    name: Fabrikam Ltd\n    colour: blue\n")))
                .singleElement()
                .satisfies(f -> {
                    assertThat(f.ruleId()).isEqualTo(InputInvalidRule.ID);
                    assertThat(f.message()).contains("unknown key 'colour'");
                });
        assertThat(read(example.replace("offers: [standard]", "offers: [gold]")))
                .singleElement()
                .satisfies(f -> assertThat(f.message()).contains("names offer 'gold'"));
    }

    @Test
    void quietOnTheBundledExample() throws IOException {
        assertThat(read(Files.readString(EXAMPLE))).isEmpty();
    }
}
