package io.github.azlighthouse.validate;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.azlighthouse.source.SourceParser;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Spec section 6's pairing: by name, one template per folder, explicit; nothing skipped silently. */
class PairingTest {

    static final String TEMPLATE = "{\"$schema\": \"https://schema.management.azure.com/schemas/2018-05-01/"
            + "subscriptionDeploymentTemplate.json#\", \"resources\": []}";
    static final String PARAMETERS = "{\"$schema\": \"https://schema.management.azure.com/schemas/2019-04-01/"
            + "deploymentParameters.json#\", \"parameters\": {}}";

    @TempDir
    Path dir;

    final Map<String, Path> files = new TreeMap<>();

    void file(String name, String text) throws IOException {
        Path p = dir.resolve(name);
        Files.createDirectories(p.getParent());
        Files.writeString(p, text);
        files.put(name, p);
    }

    Pairing.Result pair(List<Pairing.Explicit> explicit) throws IOException {
        List<ArmFile> classified = new ArrayList<>();
        for (Map.Entry<String, Path> e : files.entrySet()) {
            classified.add(ArmFile.classify(e.getKey(), e.getValue(), new SourceParser()));
        }
        return Pairing.pair(classified, explicit);
    }

    static List<String> names(Pairing.Result r) {
        return r.units().stream().map(Pairing.Unit::name).toList();
    }

    @Test
    void onePerCustomerParameterFilesAllPairWithTheirTemplate() throws IOException {
        file("offer.json", TEMPLATE);
        file("offer.woodgrove.parameters.json", PARAMETERS);
        file("offer.contoso.parameters.json", PARAMETERS);
        file("offer.parameters.json", PARAMETERS);
        file("other.json", TEMPLATE);
        Pairing.Result r = pair(List.of());
        assertThat(names(r))
                .containsExactly(
                        "offer.json with offer.contoso.parameters.json",
                        "offer.json with offer.parameters.json",
                        "offer.json with offer.woodgrove.parameters.json",
                        "other.json");
        assertThat(r.unpaired()).isEmpty();
    }

    @Test
    void theLongestTemplateNameWins() throws IOException {
        file("offer.json", TEMPLATE);
        file("offer.rg.json", TEMPLATE);
        file("offer.rg.parameters.json", PARAMETERS);
        assertThat(names(pair(List.of()))).containsExactly("offer.json", "offer.rg.json with offer.rg.parameters.json");
    }

    @Test
    void inAFolderWithOneTemplateEveryParameterFilePairsWithIt() throws IOException {
        file("a/template.json", TEMPLATE);
        file("a/parameters.json", PARAMETERS);
        file("a/customer-a.json", PARAMETERS); // told apart by $schema, not by name
        assertThat(names(pair(List.of())))
                .containsExactly("a/template.json with customer-a.json", "a/template.json with parameters.json");
    }

    @Test
    void aTemplateWithParameterFilesIsNotAlsoJudgedOnItsDefaults() throws IOException {
        file("t.json", TEMPLATE);
        file("t.parameters.json", PARAMETERS);
        assertThat(pair(List.of()).units())
                .singleElement()
                .satisfies(u -> assertThat(u.parameters()).isNotNull());
    }

    @Test
    void aParameterFileThatMatchesNothingIsUnpairedWithTheReason() throws IOException {
        file("b/one.json", TEMPLATE);
        file("b/two.json", TEMPLATE);
        file("b/customer.json", PARAMETERS);
        file("c/lonely.parameters.json", PARAMETERS);
        Pairing.Result r = pair(List.of());
        assertThat(r.unpaired())
                .extracting(u -> u.file().name(), Pairing.Unpaired::reason)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(
                                "b/customer.json",
                                "its folder holds 2 templates and none is named"
                                        + " like it (X.json pairs with X.parameters.json and X.<name>.parameters.json)"),
                        org.assertj.core.groups.Tuple.tuple(
                                "c/lonely.parameters.json", "there is no template in its folder"));
        assertThat(names(r)).containsExactly("b/one.json", "b/two.json");
    }

    @Test
    void anExplicitPairingWinsAndReachesOtherFolders() throws IOException {
        file("main/offer.json", TEMPLATE);
        file("main/other.json", TEMPLATE);
        file("customers/fabrikam.json", PARAMETERS);
        file("customers/northwind.json", PARAMETERS);
        Pairing.Explicit e = new Pairing.Explicit(
                "main/offer.json=customers/*.json",
                dir.resolve("main/offer.json"),
                dir.toAbsolutePath().normalize(),
                TemplateFiles.matcher("customers/*.json"));
        Pairing.Result r = pair(List.of(e));
        assertThat(names(r))
                .containsExactly(
                        "main/offer.json with customers/fabrikam.json",
                        "main/offer.json with customers/northwind.json",
                        "main/other.json");
        assertThat(r.unpaired()).isEmpty();
    }

    @Test
    void anExplicitPairingToAMissingTemplateSaysSo() throws IOException {
        file("customers/fabrikam.json", PARAMETERS);
        Pairing.Explicit e = new Pairing.Explicit(
                "nope.json=customers/*.json",
                dir.resolve("nope.json"),
                dir.toAbsolutePath().normalize(),
                TemplateFiles.matcher("customers/*.json"));
        assertThat(pair(List.of(e)).unpaired())
                .singleElement()
                .extracting(Pairing.Unpaired::reason)
                .asString()
                .contains("'nope.json=customers/*.json' names a template that was not found");
    }

    @Test
    void filesAreToldApartBySchemaThenByShape() throws IOException {
        file("with-comment.json", "// a comment ARM accepts\n" + TEMPLATE);
        file("no-schema-template.json", "{\"resources\": [{\"type\": \"x\"}]}");
        file("no-schema-parameters.json", "{\"parameters\": {\"a\": {\"value\": 1}}}");
        file("policy.json", "{\"$schema\": \"https://json-schema.org/draft-07/schema#\", \"properties\": {}}");
        file("list.json", "[1, 2]");
        file("broken.parameters.json", "{\"parameters\": ");
        List<ArmFile.Kind> kinds = new ArrayList<>();
        for (Map.Entry<String, Path> e : files.entrySet()) {
            kinds.add(ArmFile.classify(e.getKey(), e.getValue(), new SourceParser())
                    .kind());
        }
        // broken.parameters.json, list, no-schema-parameters, no-schema-template, policy, with-comment
        assertThat(kinds)
                .containsExactly(
                        ArmFile.Kind.PARAMETERS,
                        ArmFile.Kind.OTHER,
                        ArmFile.Kind.PARAMETERS,
                        ArmFile.Kind.TEMPLATE,
                        ArmFile.Kind.OTHER,
                        ArmFile.Kind.TEMPLATE);
        assertThat(ArmFile.classify("broken.parameters.json", files.get("broken.parameters.json"), new SourceParser())
                        .error())
                .isNotBlank();
    }

    @Test
    void parameterFileNamesAreRecognisedWhenTheFileCannotBeRead() {
        assertThat(ArmFile.isParameterName("offer.parameters.json")).isTrue();
        assertThat(ArmFile.isParameterName("offer.woodgrove.parameters.json")).isTrue();
        assertThat(ArmFile.isParameterName("azuredeploy.parameters.dev.json")).isTrue();
        assertThat(ArmFile.isParameterName("parameters.json")).isTrue();
        assertThat(ArmFile.isParameterName("offer.json")).isFalse();
        assertThat(ArmFile.isParameterName("myparameters.json")).isFalse();
    }
}
