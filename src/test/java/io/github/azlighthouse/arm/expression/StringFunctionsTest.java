package io.github.azlighthouse.arm.expression;

import static io.github.azlighthouse.arm.expression.Fixtures.eval;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class StringFunctionsTest {

    @Test
    void concatStringsAndIntegers() {
        assertThat(eval("[concat('rgAssignment', 0)]").asText()).isEqualTo("rgAssignment0");
        assertThat(eval("[concat('a')]").asText()).isEqualTo("a");
    }

    @Test
    void concatArraysKeepsUnknownMembers() {
        Value v = eval("[concat(createArray(1, 2), createArray(subscription().subscriptionId))]");
        assertThat(v.isArray()).isTrue();
        assertThat(v.size()).isEqualTo(3);
        assertThat(v.get(1).asLong()).isEqualTo(2L);
        assertThat(v.get(2).isUnknown()).isTrue();
    }

    @Test
    void concatTypeErrors() {
        assertThat(eval("[concat('a', createArray('b'))]").reason()).contains("can't provide both arrays and strings");
        assertThat(eval("[concat('a', json('{}'))]").isInvalid()).isTrue();
        assertThat(eval("[concat()]").isInvalid()).isTrue();
        assertThat(eval("[concat('a', true)]").isUnknown())
                .as("bool text not documented")
                .isTrue();
    }

    @Test
    void concatWithUnknownMergesKnownTextInTheSymbol() {
        Value v = eval("[concat('/subscriptions/', subscription().subscriptionId, '/providers/', 'X')]");
        assertThat(v.isUnknown()).isTrue();
        assertThat(v.symbol()).isEqualTo("concat('/subscriptions/', subscription().subscriptionId, '/providers/X')");
        assertThat(eval("[format('/subscriptions/{0}/providers/X', subscription().subscriptionId)]")
                        .symbol())
                .isEqualTo(v.symbol());
    }

    @Test
    void format() {
        assertThat(eval("[format('{0}, {1}. Formatted number: {2:N0}', 'Hello', 'User', 8175133)]")
                        .asText())
                .isEqualTo("Hello, User. Formatted number: 8,175,133");
        assertThat(eval("[format('{{literal}} {0}-{0}', 'x')]").asText()).isEqualTo("{literal} x-x");
        assertThat(eval("[format('{0:D4}|{1,5}|{2,-4}|{3:X}', 7, 'ab', 'c', 255)]")
                        .asText())
                .isEqualTo("0007|   ab|c   |FF");
        assertThat(eval("[format('{0:N2}', 1234)]").asText()).isEqualTo("1,234.00");
        assertThat(eval("[format('no items')]").asText()).isEqualTo("no items");
    }

    @Test
    void formatErrorsAreInvalidAndUnsupportedItemsUnknown() {
        assertThat(eval("[format('{1}', 'a')]").isInvalid()).isTrue();
        assertThat(eval("[format('{0', 'a')]").isInvalid()).isTrue();
        assertThat(eval("[format('a}b')]").isInvalid()).isTrue();
        assertThat(eval("[format('{0}', true)]").isUnknown()).isTrue();
        assertThat(eval("[format('{0:yyyy}', 5)]").isUnknown()).isTrue();
        assertThat(eval("[format('{1}', subscription().subscriptionId)]").isInvalid())
                .as("a bad index is an error whatever the arguments")
                .isTrue();
        assertThat(eval("[format('{0}', subscription().subscriptionId)]").isUnknown())
                .isTrue();
        assertThat(eval("[format('{0}', 'a', variables('missing'))]").isInvalid())
                .isTrue();
    }

    @Test
    void caseFunctions() {
        assertThat(eval("[toLower('One Two')]").asText()).isEqualTo("one two");
        assertThat(eval("[toUpper('One Two')]").asText()).isEqualTo("ONE TWO");
        assertThat(eval("[toLower(createArray())]").isInvalid()).isTrue();
        assertThat(eval("[toLower(1)]").isUnknown()).isTrue();
        assertThat(eval("[toLower('a', 'b')]").isInvalid()).isTrue();
    }

    @Test
    void replaceSplitTrim() {
        assertThat(eval("[replace('123-123-1234', '-', '')]").asText()).isEqualTo("1231231234");
        assertThat(eval("[replace('123-123-1234', '1234', 'xxxx')]").asText()).isEqualTo("123-123-xxxx");
        assertThat(eval("[replace('abc', '', 'x')]").isInvalid()).isTrue();
        Value parts = eval("[split('one;two,,three', createArray(',', ';'))]");
        assertThat(parts.elements()).extracting(Value::asText).containsExactly("one", "two", "", "three");
        assertThat(eval("[split('a,', ',')]").elements())
                .extracting(Value::asText)
                .containsExactly("a", "");
        assertThat(eval("[trim('  one two three \u00a0')]").asText()).isEqualTo("one two three");
    }

    @Test
    void searchesIgnoreCaseExceptContains() {
        assertThat(eval("[startsWith('abcdef', 'AB')]").asBoolean()).isTrue();
        assertThat(eval("[endsWith('abcdef', 'EF')]").asBoolean()).isTrue();
        assertThat(eval("[endsWith('abcdef', 'e')]").asBoolean()).isFalse();
        assertThat(eval("[indexOf('abcdef', 'CD')]").asLong()).isEqualTo(2L);
        assertThat(eval("[lastIndexOf('test', 't')]").asLong()).isEqualTo(3L);
        assertThat(eval("[indexOf('abcdef', 'z')]").asLong()).isEqualTo(-1L);
        assertThat(eval("[contains('OneTwoThree', 'e')]").asBoolean()).isTrue();
        assertThat(eval("[contains('OneTwoThree', 'one')]").asBoolean())
                .as("case-sensitive")
                .isFalse();
    }

    @Test
    void substringAndPadding() {
        assertThat(eval("[substring('one two three', 4, 3)]").asText()).isEqualTo("two");
        assertThat(eval("[substring('one two three', 4)]").asText()).isEqualTo("two three");
        Value v = eval("[substring('1234567890', 0, 11)]");
        assertThat(v.isInvalid()).isTrue();
        assertThat(v.reason()).contains("The index and length parameters must refer to a location within the string");
        assertThat(eval("[padLeft('123', 10, '0')]").asText()).isEqualTo("0000000123");
        assertThat(eval("[padLeft(7, 3)]").asText()).isEqualTo("  7");
        assertThat(eval("[padLeft('123', 2)]").asText()).isEqualTo("123");
        assertThat(eval("[padLeft('1', 3, 'ab')]").isUnknown()).isTrue();
    }

    @Test
    void skipTakeFirstLastOnStrings() {
        assertThat(eval("[skip('one two three', 4)]").asText()).isEqualTo("two three");
        assertThat(eval("[take('one two three', 2)]").asText()).isEqualTo("on");
        assertThat(eval("[take('abc', -1)]").asText()).isEmpty();
        assertThat(eval("[skip('abc', 10)]").asText()).isEmpty();
        assertThat(eval("[first('One Two Three')]").asText()).isEqualTo("O");
        assertThat(eval("[last('One Two Three')]").asText()).isEqualTo("e");
    }

    @Test
    void encodings() {
        assertThat(eval("[base64('one, two, three')]").asText()).isEqualTo("b25lLCB0d28sIHRocmVl");
        assertThat(eval("[base64ToString('b25lLCB0d28sIHRocmVl')]").asText()).isEqualTo("one, two, three");
        assertThat(eval("[base64ToString('***')]").isInvalid()).isTrue();
        assertThat(eval("[base64ToJson(base64('{\"one\": \"a\"}')).one]").asText())
                .isEqualTo("a");
        assertThat(eval("[uriComponent('http://contoso.com/resources/nested/azuredeploy.json')]")
                        .asText())
                .isEqualTo("http%3A%2F%2Fcontoso.com%2Fresources%2Fnested%2Fazuredeploy.json");
        assertThat(eval("[uriComponentToString('http%3A%2F%2Fcontoso.com%2Fa%20b')]")
                        .asText())
                .isEqualTo("http://contoso.com/a b");
        assertThat(eval("[uri('http://contoso.org/firstpath/', 'myscript.sh')]").asText())
                .isEqualTo("http://contoso.org/firstpath/myscript.sh");
        assertThat(eval("[dataUri('Hello')]").asText()).isEqualTo("data:text/plain;charset=utf8;base64,SGVsbG8=");
        assertThat(eval("[dataUriToString('data:;base64,SGVsbG8sIFdvcmxkIQ==')]")
                        .asText())
                .isEqualTo("Hello, World!");
    }

    @Test
    void stringOfValues() {
        assertThat(eval("[string(json('{\"valueA\": 10, \"valueB\": \"Example Text\"}'))]")
                        .asText())
                .isEqualTo("{\"valueA\":10,\"valueB\":\"Example Text\"}");
        assertThat(eval("[string(createArray('a', 'b', 'c'))]").asText()).isEqualTo("[\"a\",\"b\",\"c\"]");
        assertThat(eval("[string(5)]").asText()).isEqualTo("5");
        assertThat(eval("[string(true)]").isUnknown()).isTrue();
        assertThat(eval("[string(createArray(subscription().subscriptionId))]").isUnknown())
                .isTrue();
    }

    @Test
    void jsonConversions() {
        assertThat(eval("[json('null')]").isNull()).isTrue();
        assertThat(eval("[json('{\"a\": \"b\"}').a]").asText()).isEqualTo("b");
        assertThat(eval("[json('[1, 2, 3]')[2]]").asLong()).isEqualTo(3L);
        assertThat(eval("[json('\"test\"')]").asText()).isEqualTo("test");
        assertThat(eval("[json('{\"a\": \"[parameters(''x'')]\"}').a]").asText())
                .as("strings from json() are text, not expressions")
                .isEqualTo("[parameters('x')]");
        assertThat(eval("[json('{not json')]").isUnknown()).isTrue();
    }

    @Test
    void uniqueStringIsUnknown() {
        Value v = eval("[uniqueString('a')]");
        assertThat(v.isUnknown()).isTrue();
        assertThat(v.symbol()).isEqualTo("uniqueString('a')");
    }
}
