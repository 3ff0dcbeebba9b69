package cn.eport.onboarding.validation;

import java.time.Clock;
import java.time.Instant;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Assertions and fixtures shared by the validator tests. */
final class Expect {

    /** 2026-06-15 08:00 in China. */
    static final Clock CLOCK = Clock.fixed(Instant.parse("2026-06-15T00:00:00Z"), BirthDates.CHINA);

    private Expect() {
    }

    static ValidationResult valid(ValidationResult result) {
        assertTrue(result.isValid(), result::toString);
        return result;
    }

    /** Exactly one error, with these arguments in the order {@link Reason#parameters()} names them. */
    static ValidationResult error(ValidationResult result, Reason reason, Object... arguments) {
        assertEquals(List.of(ValidationProblem.of(reason, arguments)), result.errors(), result::toString);
        return result;
    }

    /** These errors, in this order, with any arguments. */
    static ValidationResult errors(ValidationResult result, Reason... reasons) {
        assertEquals(List.of(reasons), result.errors().stream().map(ValidationProblem::reason).toList(), result::toString);
        return result;
    }

    static ValidationResult warning(ValidationResult result, Reason reason, Object... arguments) {
        assertEquals(List.of(ValidationProblem.of(reason, arguments)), result.warnings(), result::toString);
        return result;
    }
}
