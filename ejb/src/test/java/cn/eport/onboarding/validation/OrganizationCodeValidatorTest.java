package cn.eport.onboarding.validation;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

import static cn.eport.onboarding.validation.Expect.error;
import static cn.eport.onboarding.validation.Expect.valid;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class OrganizationCodeValidatorTest {

    private static final OrganizationCodeValidator VALIDATOR = OrganizationCodeValidator.instance();

    @ParameterizedTest
    @CsvSource({
            "10000018X, 10000018X",     // 11 - (sum mod 11) = 10 -> X
            "100000040, 100000040",     // 11 - 0 = 11 -> 0
            "MA5G0006X, MA5G0006X",     // letters count 10-35
            "MA5G00000, MA5G00000",
            "M000100Y4, M000100Y4",     // the code inside 91350100M000100Y43
            "10000018-X, 10000018X",    // printed form with hyphen
            "' ma5g0006-x ', MA5G0006X"})
    void acceptsCodesWithTheRightCheckCharacter(String code, String normalized) {
        assertEquals(normalized, valid(VALIDATOR.validate(code)).normalized());
    }

    @ParameterizedTest
    @CsvSource({
            "100000180, X, 0",
            "10000004X, 0, X",
            "MA5G00001, 0, 1",
            "M000100Y5, 4, 5"})
    void namesTheExpectedAndTheActualCheckCharacter(String code, String expected, String actual) {
        error(VALIDATOR.validate(code), Reason.CHECK_CHARACTER, expected, actual);
    }

    @ParameterizedTest
    @CsvSource({
            "10000018, 8",
            "10000018X1, 10"})
    void refusesTheWrongLength(String code, int length) {
        error(VALIDATOR.validate(code), Reason.LENGTH, 9, length);
    }

    @Test
    void aHyphenCountsOnlyBeforeTheCheckCharacter() {
        Expect.errors(VALIDATOR.validate("1000-0018X"), Reason.LENGTH, Reason.NOT_LETTER_OR_DIGIT);
    }

    @Test
    void namesIllegalCharacters() {
        error(VALIDATOR.validate("1000#018X"), Reason.NOT_LETTER_OR_DIGIT, 5, "#");
        error(VALIDATOR.validate("10000018A"), Reason.NOT_CHECK_DIGIT, 9, "A");
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = " ")
    void nothingEnteredIsRequired(String input) {
        error(VALIDATOR.validate(input), Reason.REQUIRED);
    }

    @Test
    void computesTheCheckCharacter() {
        assertEquals('X', OrganizationCodeValidator.checkCharacter("10000018"));
        assertEquals('0', OrganizationCodeValidator.checkCharacter("10000004"));
        assertThrows(IllegalArgumentException.class, () -> OrganizationCodeValidator.checkCharacter("1000001"));
        assertThrows(IllegalArgumentException.class, () -> OrganizationCodeValidator.checkCharacter("1000001-"));
    }
}
