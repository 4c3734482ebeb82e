package io.github.azlighthouse.arm.expression;

import static io.github.azlighthouse.arm.expression.Fixtures.eval;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CollectionFunctionsTest {

    @Test
    void createArrayAndObjectKeepUnknownMembers() {
        Value a = eval("[createArray('a', subscription().subscriptionId, 3)]");
        assertThat(a.isArray()).isTrue();
        assertThat(a.get(0).asText()).isEqualTo("a");
        assertThat(a.get(1).isUnknown()).isTrue();
        assertThat(a.get(2).asLong()).isEqualTo(3L);
        assertThat(a.isFullyKnown()).isFalse();
        assertThat(a.toJson()).isNull();

        Value o = eval("[createObject('intProp', 1, 'id', subscription().subscriptionId)]");
        assertThat(o.get("INTPROP").asLong()).isEqualTo(1L);
        assertThat(o.get("id").isUnknown()).isTrue();
        assertThat(o.keys()).containsExactly("intProp", "id");
        assertThat(eval("[createArray()]").size()).isZero();
    }

    @Test
    void createObjectErrors() {
        assertThat(eval("[createObject('a')]").isInvalid()).isTrue();
        assertThat(eval("[createObject('a', variables('missing'))]").isInvalid())
                .isTrue();
        assertThat(eval("[createObject(subscription().subscriptionId, 1)]").isUnknown())
                .isTrue();
    }

    @Test
    void lengthAndEmpty() {
        assertThat(eval("[length(createArray(1, subscription().subscriptionId))]")
                        .asLong())
                .as("known although a member is not")
                .isEqualTo(2L);
        assertThat(eval("[length('One Two Three')]").asLong()).isEqualTo(13L);
        assertThat(eval("[length(json('{\"a\":1,\"b\":2}'))]").asLong()).isEqualTo(2L);
        assertThat(eval("[empty('')]").asBoolean()).isTrue();
        assertThat(eval("[empty(createArray())]").asBoolean()).isTrue();
        assertThat(eval("[empty(json('{}'))]").asBoolean()).isTrue();
        assertThat(eval("[empty(json('null'))]").asBoolean()).isTrue();
        assertThat(eval("[empty(createArray(1))]").asBoolean()).isFalse();
        assertThat(eval("[length(5)]").isInvalid()).isTrue();
        assertThat(eval("[length(subscription().subscriptionId)]").isUnknown()).isTrue();
    }

    @Test
    void containsOnArraysObjectsStrings() {
        assertThat(eval("[contains(createArray('one', 'two'), 'two')]").asBoolean())
                .isTrue();
        assertThat(eval("[contains(createArray('one', 'two'), 'Two')]").asBoolean())
                .isFalse();
        assertThat(eval("[contains(json('{\"one\":\"a\"}'), 'ONE')]").asBoolean())
                .as("keys ignore case")
                .isTrue();
        assertThat(eval("[contains(json('{\"one\":\"a\"}'), 'a')]").asBoolean()).isFalse();
        assertThat(eval("[contains(createArray('one', subscription().subscriptionId), 'one')]")
                        .asBoolean())
                .isTrue();
        assertThat(eval("[contains(createArray('one', subscription().subscriptionId), 'two')]")
                        .isUnknown())
                .isTrue();
        assertThat(eval("[contains(createArray(1, 2), '1')]").asBoolean())
                .as("type-strict")
                .isFalse();
    }

    @Test
    void firstLastSkipTakeOnArrays() {
        assertThat(eval("[first(createArray('one', 'two', 'three'))]").asText()).isEqualTo("one");
        assertThat(eval("[last(createArray('one', 'two', 'three'))]").asText()).isEqualTo("three");
        assertThat(eval("[skip(createArray('one', 'two', 'three'), 2)]").elements())
                .extracting(Value::asText)
                .containsExactly("three");
        assertThat(eval("[take(createArray('one', 'two', 'three'), 2)]").elements())
                .extracting(Value::asText)
                .containsExactly("one", "two");
        assertThat(eval("[first(createArray())]").isUnknown()).isTrue();
        assertThat(eval("[first(json('{}'))]").isInvalid()).isTrue();
    }

    @Test
    void indexOfInArraysIsCaseSensitive() {
        assertThat(eval("[indexOf(createArray('one', 'two', 'three'), 'one')]").asLong())
                .isZero();
        assertThat(eval("[lastIndexOf(createArray('one', 'two', 'three'), 'Three')]")
                        .asLong())
                .isEqualTo(-1L);
        assertThat(eval("[lastIndexOf(createArray(1, 2, 3, 1), 1)]").asLong()).isEqualTo(3L);
        assertThat(eval("[indexOf(createArray(createArray(4, 5)), createArray(4, 5))]")
                        .asLong())
                .isZero();
        assertThat(eval("[indexOf(createArray(subscription().subscriptionId, 'a'), 'a')]")
                        .isUnknown())
                .isTrue();
    }

    @Test
    void unionOfArraysAndDeepMergeOfObjects() {
        assertThat(eval("[union(createArray('one', 'two', 'three'), createArray('three', 'four'))]")
                        .elements())
                .extracting(Value::asText)
                .containsExactly("one", "two", "three", "four");
        Value merged = eval("[union(json('{\"property\":{\"one\":\"a\",\"three\":\"c1\"},\"nestedArray\":[1,2]}'),"
                + " json('{\"property\":{\"three\":\"c2\",\"four\":\"d\"},\"nestedArray\":[3,4]}'))]");
        assertThat(merged.toJson().toString())
                .isEqualTo("{\"property\":{\"one\":\"a\",\"three\":\"c2\",\"four\":\"d\"},\"nestedArray\":[3,4]}");
        Value withUnknown = eval("[union(json('{\"a\":1}'), createObject('b', subscription().subscriptionId))]");
        assertThat(withUnknown.get("a").asLong()).isEqualTo(1L);
        assertThat(withUnknown.get("b").isUnknown()).isTrue();
        assertThat(eval("[union(createArray(1), json('{}'))]").isInvalid()).isTrue();
        assertThat(eval("[union(createArray(1), createArray(subscription().subscriptionId))]")
                        .isUnknown())
                .isTrue();
    }

    @Test
    void intersection() {
        assertThat(eval("[intersection(createArray('one', 'two', 'three'), createArray('two', 'three'))]")
                        .elements())
                .extracting(Value::asText)
                .containsExactly("two", "three");
        assertThat(eval("[intersection(json('{\"one\":\"a\",\"two\":\"b\",\"three\":\"c\"}'),"
                                + " json('{\"one\":\"a\",\"two\":\"z\",\"three\":\"c\"}'))]")
                        .keys())
                .containsExactly("one", "three");
    }

    @Test
    void itemsAndObjectKeysSortByKey() {
        Value items = eval("[items(json('{\"item002\":{\"n\":2},\"item001\":{\"n\":1}}'))]");
        assertThat(items.size()).isEqualTo(2);
        assertThat(items.get(0).get("key").asText()).isEqualTo("item001");
        assertThat(items.get(0).get("value").get("n").asLong()).isEqualTo(1L);
        assertThat(eval("[objectKeys(json('{\"b\":1,\"a\":2}'))]").elements())
                .extracting(Value::asText)
                .containsExactly("a", "b");
        assertThat(eval("[items(json('{\"a\":1,\"B\":2}'))]").isUnknown())
                .as("case order undocumented")
                .isTrue();
        assertThat(eval("[objectKeys(json('{\"b\":1,\"A\":2}'))]").elements())
                .extracting(Value::asText)
                .as("same order with or without case")
                .containsExactly("A", "b");
    }

    @Test
    void tryGet() {
        assertThat(eval("[tryGet(json('{\"a\":{\"b\":1}}'), 'a', 'b')]").asLong())
                .isEqualTo(1L);
        assertThat(eval("[tryGet(json('{\"a\":1}'), 'z')]").isNull()).isTrue();
        assertThat(eval("[tryGet(createArray(1), 5)]").isNull()).isTrue();
    }

    @Test
    void rangeAndJoinAndArray() {
        assertThat(eval("[range(5, 3)]").elements()).extracting(Value::asLong).containsExactly(5L, 6L, 7L);
        assertThat(eval("[range(0, 10001)]").isInvalid()).isTrue();
        assertThat(eval("[range(2147483647, 1)]").isInvalid()).isTrue();
        assertThat(eval("[join(createArray('a', 'b'), ',')]").asText()).isEqualTo("a,b");
        assertThat(eval("[array('efgh')]").get(0).asText()).isEqualTo("efgh");
        assertThat(eval("[array(createArray(1))]").size()).isEqualTo(1);
    }

    @Test
    void indexingOutOfRangeAndMissingProperties() {
        Value v = eval("[createArray(1, 2)[2]]");
        assertThat(v.isInvalid()).isTrue();
        assertThat(v.reason()).isEqualTo("The language expression property array index '2' is out of bounds.");
        Value p = eval("[json('{\"a\":1,\"b\":2}').c]");
        assertThat(p.isInvalid()).isTrue();
        assertThat(p.reason())
                .isEqualTo("The language expression property 'c' doesn't exist, available properties are 'a, b'.");
        assertThat(eval("[json('{\"Name\":1}').name]").asLong())
                .as("property access ignores case")
                .isEqualTo(1L);
        assertThat(eval("[json('{\"Name\":1}')['NAME']]").asLong()).isEqualTo(1L);
        assertThat(eval("['abc'.length]").isInvalid()).isTrue();
        assertThat(eval("[createArray(1)['0']]").isUnknown()).isTrue();
        assertThat(eval("[subscription().foo.bar]").isUnknown()).isTrue();
        assertThat(eval("[subscription().foo.bar]").symbol()).isEqualTo("subscription().foo.bar");
    }
}
