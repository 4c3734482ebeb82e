package io.github.azlighthouse.arm.expression;

import static io.github.azlighthouse.arm.expression.Fixtures.eval;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class LogicFunctionsTest {

    private static final String UNKNOWN = "subscription().subscriptionId";

    @Test
    void ifTakesOnlyOneBranch() {
        assertThat(eval("[if(true, 'a', variables('missing'))]").asText()).isEqualTo("a");
        assertThat(eval("[if(false, variables('missing'), 'b')]").asText()).isEqualTo("b");
        assertThat(eval("[if(true, variables('missing'), 'b')]").isInvalid()).isTrue();
        Value u = eval("[if(equals(" + UNKNOWN + ", 'x'), 'a', 'b')]");
        assertThat(u.isUnknown()).isTrue();
        assertThat(u.symbol()).isEqualTo("if(equals(subscription().subscriptionId, 'x'), 'a', 'b')");
        assertThat(eval("[if('true', 'a', 'b')]").isUnknown()).isTrue();
        assertThat(eval("[if(createArray(), 'a', 'b')]").isInvalid()).isTrue();
    }

    @Test
    void andOrShortCircuitOnKnownValues() {
        assertThat(eval("[and(true, true, true)]").asBoolean()).isTrue();
        assertThat(eval("[and(equals(" + UNKNOWN + ", 'x'), false)]").asBoolean())
                .isFalse();
        assertThat(eval("[or(equals(" + UNKNOWN + ", 'x'), true)]").asBoolean()).isTrue();
        assertThat(eval("[and(equals(" + UNKNOWN + ", 'x'), true)]").isUnknown())
                .isTrue();
        assertThat(eval("[or(false, false)]").asBoolean()).isFalse();
        assertThat(eval("[and(true)]").isInvalid()).as("two arguments at least").isTrue();
        assertThat(eval("[and(variables('missing'), false)]").isInvalid()).isTrue();
        assertThat(eval("[not(true)]").asBoolean()).isFalse();
        assertThat(eval("[not(" + UNKNOWN + ")]").isUnknown()).isTrue();
    }

    @Test
    void coalesceReturnsFirstKnownNonNullBeforeAnyUnknown() {
        assertThat(eval("[coalesce(null(), json('null'), 'x', " + UNKNOWN + ")]")
                        .asText())
                .isEqualTo("x");
        assertThat(eval("[coalesce(null(), " + UNKNOWN + ", 'x')]").isUnknown()).isTrue();
        assertThat(eval("[coalesce(null(), null())]").isNull()).isTrue();
        assertThat(eval("[coalesce('', 'x')]").asText())
                .as("empty string is not null")
                .isEmpty();
    }

    @Test
    void equalsIsDeepTypeStrictAndCaseSensitive() {
        assertThat(eval("[equals(1, 1)]").asBoolean()).isTrue();
        assertThat(eval("[equals('a', 'a')]").asBoolean()).isTrue();
        assertThat(eval("[equals('a', 'A')]").asBoolean()).isFalse();
        assertThat(eval("[equals(1, '1')]").asBoolean()).isFalse();
        assertThat(eval("[equals(createArray('a', 'b'), createArray('a', 'b'))]")
                        .asBoolean())
                .isTrue();
        assertThat(eval("[equals(createArray('a', 'b'), createArray('b', 'a'))]")
                        .asBoolean())
                .isFalse();
        assertThat(eval("[equals(json('{\"a\":1,\"b\":2}'), json('{\"b\":2,\"a\":1}'))]")
                        .asBoolean())
                .isTrue();
        assertThat(eval("[equals(createArray(" + UNKNOWN + "), createArray('x', 'y'))]")
                        .asBoolean())
                .as("lengths differ whatever the member")
                .isFalse();
        assertThat(eval("[equals(" + UNKNOWN + ", 'x')]").isUnknown()).isTrue();
        assertThat(eval("[equals(1)]").isInvalid()).isTrue();
    }

    @Test
    void orderingComparisons() {
        assertThat(eval("[greater(2, 1)]").asBoolean()).isTrue();
        assertThat(eval("[lessOrEquals(2, 2)]").asBoolean()).isTrue();
        assertThat(eval("[greater('A', 'a')]").asBoolean())
                .as("Microsoft's example")
                .isTrue();
        assertThat(eval("[less('demo', 'Demo')]").asBoolean())
                .as("lowercase before uppercase")
                .isTrue();
        assertThat(eval("[greater('bend', 'band')]").asBoolean()).isTrue();
        assertThat(eval("[greater('a-b', 'a_b')]").isUnknown())
                .as("punctuation order not reproduced")
                .isTrue();
        assertThat(eval("[greater(createArray(), 1)]").isInvalid()).isTrue();
    }

    @Test
    void arithmetic() {
        assertThat(eval("[add(5, 3)]").asLong()).isEqualTo(8L);
        assertThat(eval("[sub(7, 3)]").asLong()).isEqualTo(4L);
        assertThat(eval("[mul(5, 3)]").asLong()).isEqualTo(15L);
        assertThat(eval("[div(8, 3)]").asLong()).isEqualTo(2L);
        assertThat(eval("[div(-8, 3)]").asLong()).isEqualTo(-2L);
        assertThat(eval("[mod(7, 3)]").asLong()).isEqualTo(1L);
        assertThat(eval("[mod(-7, 3)]").asLong()).isEqualTo(-1L);
        assertThat(eval("[div(1, 0)]").isInvalid()).isTrue();
        assertThat(eval("[mod(1, 0)]").isInvalid()).isTrue();
        assertThat(eval("[add(9223372036854775807, 1)]").isUnknown()).isTrue();
        assertThat(eval("[add(createArray(), 1)]").isInvalid()).isTrue();
        assertThat(eval("[add('1', 1)]").isUnknown()).isTrue();
        assertThat(eval("[min(0, 3, 2, 5, 4)]").asLong()).isZero();
        assertThat(eval("[max(createArray(0, 3, 2, 5, 4))]").asLong()).isEqualTo(5L);
    }

    @Test
    void conversions() {
        assertThat(eval("[int('4')]").asLong()).isEqualTo(4L);
        assertThat(eval("[int(' -4 ')]").asLong()).isEqualTo(-4L);
        assertThat(eval("[int('four')]").isInvalid()).isTrue();
        assertThat(eval("[bool('TRUE')]").asBoolean()).isTrue();
        assertThat(eval("[bool(0)]").asBoolean()).isFalse();
        assertThat(eval("[bool(1)]").asBoolean()).isTrue();
        assertThat(eval("[bool('yes')]").isUnknown()).isTrue();
    }
}
