package io.github.azlighthouse.source;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Real broken YAML and JSON: each syntax error is said in words, at the line that needs the change (the
 * parsers often stop a line later: at the entry after a missing ',', at the end of the file after an unclosed
 * quote). Cases: file name | content ({@code \n} for line breaks) | expected position | expected message start.
 */
class SyntaxErrorsTest {

    @TempDir
    Path dir;

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
            indent.yaml       | customers:\\n  - id: fabrikam\\n   tenantId: 7d8e\\n  | 3:4  | this line is not indented like the lines above it
            item.yaml         | a: b\\n- c\\n                                       | 2:1  | a list item ('- ') where a key was expected
            no-colon.yaml     | managingTenantId: x\\nlocation westeurope\\nb: 1\\n | 2:1  | this line has no ':'
            no-colon-top.yaml | location westeurope\\nb: 1\\n                        | 1:1  | this line has no ':'
            quote.yaml        | a: 1\\nb: "unclosed\\nc: 2\\n                        | 2:4  | the quoted text that starts here is never closed
            two-colons.yaml   | offers:\\n  std:\\n    name: Contoso: Managed\\n     | 3:18 | a second ': ' on this line: put the value in quotes
            tab.yaml          | a:\\n\\t- x\\n                                       | 2:1  | a tab character: YAML indents with spaces only
            flow.yaml         | a: [1, 2\\nb: 3\\n                                 | 1:4  | the '[' here is not closed: add ']'
            flow-map.yaml     | ops: { principalId: 1, displayName: Ops\\nx: 2\\n   | 1:6  | the '{' here is not closed: add '}'
            flow-eof.yaml     | customers:\\n  - id: [\\n                          | 2:9  | the file ends inside a '[' or '{' opened here
            at-sign.yaml      | name: @contoso\\n                                   | 1:7  | '@' cannot start a value in YAML: put the value in quotes
            trailing.json     | {\\n  "a": 1,\\n  "b": 2,\\n}\\n                      | 3:9  | a ',' before '}': JSON allows no comma after the last entry
            comma.json        | {\\n  "a": 1\\n  "b": 2\\n}\\n                        | 2:8  | a ',' is missing after this value
            array.json        | {\\n  "a": [1, 2,\\n  "b": 2\\n}\\n                   | 2:8  | the '[' here is not closed: add ']' after its last item
            eof.json          | {\\n  "a": 1\\n                                      | 2:8  | the file ends before the '{' opened at line 1, column 1 is closed
            unquoted.json     | {\\n  a: 1\\n}\\n                                    | 2:3  | a key must be in double quotes
            newline.json      | {\\n  "a": "x\\n"}\\n                                | 2:10 | this text runs past the end of the line
            brace.json        | {\\n  "a": 1\\n}\\n}\\n                               | 4:1  | a '}' that closes nothing: remove it
            comment.json      | {\\n  "a": 1,\\n  # note\\n  "b": 2\\n}\\n            | 3:3  | JSON has no '#' comments
            single.json       | {\\n  'a': 1\\n}\\n                                  | 2:3  | JSON needs double quotes (\\"), not single quotes (')
            literal.json      | {\\n  "a": tru\\n}\\n                                | 2:8  | 'tru' is not a JSON value
            mismatch.json     | {\\n  "b": [\\n    1\\n  }\\n}\\n                       | 4:3  | this '}' does not match the bracket it closes (opened at line 2, column 8)
            """)
    void saysWhatIsWrongWhereItIsWrong(String name, String content, String at, String message) throws IOException {
        Path file = dir.resolve(name);
        Files.writeString(
                file, content.replace("\\n", "\n").replace("\\t", "\t").replace("\\\"", "\""));
        SyntaxError e = catchThrowableOfType(SyntaxError.class, () -> new SourceParser().parse(file, name));
        assertThat(e).as(name + " is refused").isNotNull();
        assertThat(e.position().line() + ":" + e.position().column())
                .as(name + ": " + e.getMessage())
                .isEqualTo(at);
        assertThat(e.getMessage()).startsWith(message.replace("\\\"", "\""));
        assertThat(e.getMessage()).doesNotContain("<block", "Source:", "code 1", "snakeyaml", "token");
    }
}
