package io.github.azlighthouse.generate;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.azlighthouse.Expected;
import io.github.azlighthouse.arm.ArmJson;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class RunSummaryTest {

    static final Path SUMMARY = Expected.BASEDIR.resolve("src/test/resources/expected/example/lighthouse-summary.json");

    @Test
    void readsTheSummaryGenerateWrites() throws IOException {
        RunSummary s = RunSummary.read(SUMMARY);
        assertThat(s.partnerId()).isEqualTo("1234567");
        assertThat(s.pecAutomationAccount().role()).isEqualTo("Contributor");
        assertThat(s.pecGateHeld()).isTrue();
        assertThat(s.customers()).extracting(RunSummary.Customer::id).containsExactly("fabrikam", "northwind");
        RunSummary.Offer rg =
                s.customers().get(0).subscriptions().get(1).offers().get(0);
        assertThat(rg.resourceGroups()).containsExactly("rg-web", "rg-data");
        assertThat(s.customers().get(0).subscriptions().get(0).offers().get(0).resourceGroups())
                .isNull();
        assertThat(s.delegations()).isEqualTo(5);
        assertThat(s.files()).hasSize(13).endsWith("report.html", "report.md", "lighthouse-summary.json");
    }

    @Test
    void theStreamedFileIsWhatWritingTheWholeRecordGives() throws IOException {
        ArmJson json = new ArmJson();
        byte[] whole = json.write(json.mapper().valueToTree(RunSummary.read(SUMMARY)));
        assertThat(new String(whole, java.nio.charset.StandardCharsets.UTF_8)).isEqualTo(Files.readString(SUMMARY));
    }
}
