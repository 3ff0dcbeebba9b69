package cn.eport.onboarding.validation;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;

import static cn.eport.onboarding.validation.Expect.error;
import static cn.eport.onboarding.validation.Expect.valid;
import static cn.eport.onboarding.validation.Expect.warning;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Sample numbers are computed for these tests (fictitious people); today is 2026-06-15 in China. */
class ResidentIdValidatorTest {

    private static final ResidentIdValidator VALIDATOR = new ResidentIdValidator(Expect.CLOCK);

    @ParameterizedTest
    @ValueSource(strings = {
            "11010119900307002X",   // sum mod 11 = 2 -> X
            "110101199003070070",   // sum mod 11 = 1 -> 0
            "110101199003070011",   // sum mod 11 = 0 -> 1
            "440305200002291232",   // 29 February 2000 (divisible by 400: leap year)
            "440305202402294562",   // 29 February 2024
            "310104190001010037",   // earliest accepted birth date
            "31010420260615002X"})  // born today
    void acceptsNumbersWithTheRightCheckCharacterAndARealBirthDate(String number) {
        ValidationResult result = valid(VALIDATOR.validate(number));
        assertEquals(number, result.canonical());
        assertTrue(result.warnings().isEmpty());
    }

    @ParameterizedTest
    @CsvSource({
            "110101199003070020, X, 0",
            "11010119900307007X, 0, X",
            "110101199003070012, 1, 2"})
    void namesTheExpectedAndTheActualCheckCharacter(String number, String expected, String actual) {
        error(VALIDATOR.validate(number), Reason.CHECK_CHARACTER, expected, actual);
    }

    @Test
    void refuses29FebruaryOf1900WhichWasNoLeapYear() {
        error(VALIDATOR.validate("440305190002291236"), Reason.BIRTH_DATE_IMPOSSIBLE, "19000229", 7, 14);
    }

    @Test
    void refusesAMonth13() {
        error(VALIDATOR.validate("32010219901301123X"), Reason.BIRTH_DATE_IMPOSSIBLE, "19901301", 7, 14);
    }

    @Test
    void refusesABirthDateAfterToday() {
        error(VALIDATOR.validate("310104202612310018"), Reason.BIRTH_DATE_IN_FUTURE, "20261231", 7, 14);
    }

    @Test
    void refusesABirthDateBefore1900() {
        error(VALIDATOR.validate("310104189912310032"), Reason.BIRTH_DATE_TOO_EARLY, "18991231", 7, 14, 1900);
    }

    @Test
    void todayIsTheDateInChinaWhateverTheClocksZone() {
        // 16:30 UTC on 14 June is 00:30 on 15 June in Beijing: a child born on 15 June exists.
        Clock utc = Clock.fixed(Instant.parse("2026-06-14T16:30:00Z"), ZoneOffset.UTC);
        valid(new ResidentIdValidator(utc).validate("31010420260615002X"));
        Clock earlier = Clock.fixed(Instant.parse("2026-06-14T15:59:59Z"), ZoneOffset.UTC);
        error(new ResidentIdValidator(earlier).validate("31010420260615002X"),
                Reason.BIRTH_DATE_IN_FUTURE, "20260615", 7, 14);
    }

    @Test
    void refusesAnAreaCodeStartingWith0() {
        error(VALIDATOR.validate("01010119900307123X"), Reason.AREA_CODE, "010101");
    }

    @Test
    void pointsResidencePermitAndForeignPermanentResidentNumbersToTheirType() {
        error(VALIDATOR.validate("810000198504120100"), Reason.RESIDENT_ID_IS_RESIDENCE_PERMIT, "810000");
        error(VALIDATOR.validate("830000197801010337"), Reason.RESIDENT_ID_IS_RESIDENCE_PERMIT, "830000");
        error(VALIDATOR.validate("931840198506150015"), Reason.RESIDENT_ID_IS_FOREIGN_PERMANENT_RESIDENT_ID);
    }

    @ParameterizedTest
    @CsvSource({
            "110101900307123, 110101199003071233",
            "320102751231002, 320102197512310024",
            "510107880101002, 51010719880101002X"})
    void convertsA15DigitNumberTo18Digits(String fifteen, String eighteen) {
        ValidationResult result = valid(VALIDATOR.validate(fifteen));
        assertEquals(fifteen, result.normalized());
        assertEquals(eighteen, result.canonical());
        warning(result, Reason.RESIDENT_ID_CONVERTED, eighteen);
        assertEquals(eighteen, ResidentIdValidator.toEighteenDigits(fifteen));
        valid(VALIDATOR.validate(eighteen));
    }

    @Test
    void a15DigitNumberIsFrom1900s() {
        // 000229 is 29 February 1900, which did not exist
        error(VALIDATOR.validate("440305000229456"), Reason.BIRTH_DATE_IMPOSSIBLE, "000229", 7, 12);
        error(VALIDATOR.validate("11010190030712X"), Reason.NOT_DIGIT, 15, "X");
        error(VALIDATOR.validate("010101900307123"), Reason.AREA_CODE, "010101");
        assertThrows(IllegalArgumentException.class, () -> ResidentIdValidator.toEighteenDigits("11010119900307"));
    }

    @ParameterizedTest
    @CsvSource({
            "1101011990030700, 16",
            "1101011990030700200, 19"})
    void refusesOtherLengths(String number, int length) {
        error(VALIDATOR.validate(number), Reason.LENGTH_EITHER, 18, 15, length);
    }

    @Test
    void namesIllegalCharacters() {
        error(VALIDATOR.validate("1101011990O307002X"), Reason.NOT_DIGIT, 11, "O");
        error(VALIDATOR.validate("11010119900307002Y"), Reason.NOT_CHECK_DIGIT, 18, "Y");
        error(VALIDATOR.validate("110101199003070\u00002X"), Reason.NOT_DIGIT, 16, "U+0000");
    }

    @Test
    void normalizesSpacesAndLowerCase() {
        assertEquals("11010119900307002X", valid(VALIDATOR.validate(" 110101 19900307 002x ")).normalized());
    }
}
