package cn.eport.onboarding.validation;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.Set;

import static cn.eport.onboarding.validation.Expect.error;
import static cn.eport.onboarding.validation.Expect.valid;
import static cn.eport.onboarding.validation.Expect.warning;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class UsccValidatorTest {

    private static final UsccValidator STRICT = UsccValidator.strict();

    @ParameterizedTest
    @ValueSource(strings = {
            "91350100M000100Y43",   // check 3
            "91110108MA01ABCD5T",   // demo enterprise
            "91310115MA1K4XYW7G",   // demo enterprise
            "91440300MA5G001150",   // check value 0 -> '0' (lower boundary)
            "91440300MA5G00537Y",   // check value 30 -> 'Y' (upper boundary)
            "91330106MA2H00006X",   // check 'X'
            "12100000400000739K"})  // not an enterprise: registration authority 1 (机构编制)
    void acceptsCodesWithTheRightCheckCharacter(String code) {
        ValidationResult result = valid(STRICT.validate(code));
        assertEquals(code, result.normalized());
        assertEquals(code, result.canonical());
        assertTrue(result.warnings().isEmpty(), result::toString);
        assertTrue(UsccValidator.isValid(code));
    }

    @ParameterizedTest
    @CsvSource({
            "91440300MA5G001151, 0, 1",
            "91440300MA5G00537X, Y, X",
            "91440300MA5G00537A, Y, A",
            "91330106MA2H00006Y, X, Y",
            "91350100M000100Y44, 3, 4"})
    void namesTheExpectedAndTheActualCheckCharacter(String code, String expected, String actual) {
        ValidationResult result = error(STRICT.validate(code), Reason.USCC_CHECK_CHARACTER, expected, actual);
        assertTrue(result.isOverridable());
        assertFalse(UsccValidator.isValid(code));
    }

    @ParameterizedTest
    @CsvSource({
            "91350100M000100Y4, 17",
            "91350100M000100Y433, 19",
            "9, 1"})
    void refusesTheWrongLength(String code, int length) {
        ValidationResult result = error(STRICT.validate(code), Reason.LENGTH, 18, length);
        assertFalse(result.isOverridable());
    }

    @ParameterizedTest
    @CsvSource({
            "91350100M000I00Y43, 13, I",
            "O1350100M000100Y43, 1, O",
            "91350100M000100S43, 16, S",
            "91350100M000100Y4V, 18, V",
            "9135010ZM000100Y43, 8, Z",
            "91350100M0001-0Y43, 14, -"})
    void namesTheFirstIllegalCharacterAndItsPosition(String code, int position, String character) {
        error(STRICT.validate(code), Reason.NOT_USCC_CHARACTER, position, character);
    }

    @Test
    void countsCharactersOutsideTheBasicPlaneAsOne() {
        error(STRICT.validate("9135\uD83D\uDE00100M000100Y43"), Reason.NOT_USCC_CHARACTER, 5, "\uD83D\uDE00");
    }

    @Test
    void theDivisionCodeIsDigits() {
        error(STRICT.validate("9135A100M000100Y43"), Reason.NOT_DIGIT, 5, "A");
    }

    @Test
    void reportsLengthAndIllegalCharacterTogether() {
        Expect.errors(STRICT.validate("91350100M000I00Y4"), Reason.LENGTH, Reason.NOT_USCC_CHARACTER);
    }

    @Test
    void anEmbeddedOrganizationCodeThatFailsItsCheckOnlyWarns() {
        ValidationResult result = valid(STRICT.validate("91320594MA1N000001"));
        warning(result, Reason.USCC_ORGANIZATION_CODE, "MA1N00000", "X", "0");
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"   ", "\u3000"})
    void nothingEnteredIsRequired(String input) {
        error(STRICT.validate(input), Reason.REQUIRED);
    }

    @Test
    void normalizesSpacesCaseAndFullWidthBeforeChecking() {
        ValidationResult result = valid(STRICT.validate(" 9135 0100 m000 100y 43 "));
        assertEquals("91350100M000100Y43", result.normalized());
        assertEquals("91350100M000100Y43", valid(STRICT.validate("９１３５０１００Ｍ０００１００Ｙ４３")).normalized());
    }

    @Test
    void isValidWantsTheNormalizedForm() {
        assertFalse(UsccValidator.isValid(" 91350100M000100Y43"));
        assertFalse(UsccValidator.isValid("91350100m000100y43"));
        assertFalse(UsccValidator.isValid(null));
    }

    @Test
    void anAdministratorConfirmedEarlyCodeIsAcceptedWithAWarning() {
        String early = "12100000400000739A";
        UsccValidator withExceptions = UsccValidator.acceptingKnownExceptions(Set.of(early)::contains);
        ValidationResult result = valid(withExceptions.validate(" " + early.toLowerCase() + " "));
        assertTrue(result.isOverridden());
        warning(result, Reason.USCC_CHECK_CHARACTER_OVERRIDDEN, "K", "A");
        assertEquals(early, result.canonical());
    }

    @Test
    void theOverrideCoversOnlyTheCheckCharacterOfKnownCodes() {
        UsccValidator withExceptions = UsccValidator.acceptingKnownExceptions(code -> true);
        error(withExceptions.validate("12100000400000739"), Reason.LENGTH, 18, 17);
        error(withExceptions.validate("1210000040000073IA"), Reason.NOT_USCC_CHARACTER, 17, "I");
        UsccValidator none = UsccValidator.acceptingKnownExceptions(Set.of("91350100M000100Y44")::contains);
        ValidationResult other = error(none.validate("12100000400000739A"), Reason.USCC_CHECK_CHARACTER, "K", "A");
        assertFalse(other.isOverridden());
        ValidationResult genuine = valid(none.validate("91350100M000100Y43"));
        assertFalse(genuine.isOverridden());
    }

    @Test
    void computesTheCheckCharacter() {
        assertEquals('3', UsccValidator.checkCharacter("91350100M000100Y4"));
        assertEquals('0', UsccValidator.checkCharacter("91440300MA5G00115"));
        assertEquals('Y', UsccValidator.checkCharacter("91440300MA5G00537"));
        assertThrows(IllegalArgumentException.class, () -> UsccValidator.checkCharacter("9135"));
        assertThrows(IllegalArgumentException.class, () -> UsccValidator.checkCharacter("91350100M000I00Y4"));
    }
}
