package cn.eport.onboarding.validation;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.time.Clock;
import java.time.Instant;

import static cn.eport.onboarding.validation.Expect.error;
import static cn.eport.onboarding.validation.Expect.valid;
import static cn.eport.onboarding.validation.Expect.warning;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ForeignPermanentResidentIdValidatorTest {

    private static final ForeignPermanentResidentIdValidator VALIDATOR = new ForeignPermanentResidentIdValidator(Expect.CLOCK);

    @ParameterizedTest
    @ValueSource(strings = {"931840198506150015", "911398199012310021"})
    void accepts2023NumbersStartingWith9WithTheResidentIdCheck(String number) {
        valid(VALIDATOR.validate(number));
    }

    @Test
    void the2023FormStartsWith9() {
        error(VALIDATOR.validate("831840198506150011"), Reason.FOREIGN_PERMANENT_RESIDENT_ID_PREFIX, "8");
    }

    @ParameterizedTest
    @CsvSource({
            "931840198506150016, 5, 6",
            "93184019850615001X, 5, X"})
    void the2023FormHasTheResidentIdCheckCharacter(String number, String expected, String actual) {
        error(VALIDATOR.validate(number), Reason.CHECK_CHARACTER, expected, actual);
    }

    @ParameterizedTest
    @ValueSource(strings = {"USA310085061517", "CAN110090123104", "GBR440020022912", "usa 3100 850615 17"})
    void accepts2017NumbersByStructureAndBirthDate(String number) {
        ValidationResult result = valid(VALIDATOR.validate(number));
        assertTrue(result.warnings().isEmpty(), result::toString);
    }

    @Test
    void the2017FormHasANationalityAndDigits() {
        error(VALIDATOR.validate("U5A310085061517"), Reason.NOT_LETTER, 2, "5");
        error(VALIDATOR.validate("USA3100850615A7"), Reason.NOT_DIGIT, 14, "A");
        Expect.errors(VALIDATOR.validate("U\uD83D\uDE00A3100850615A7"), Reason.NOT_LETTER, Reason.NOT_DIGIT);
        error(VALIDATOR.validate("U\uD83D\uDE00A310085061517"), Reason.NOT_LETTER, 2, "\uD83D\uDE00");
        warning(valid(VALIDATOR.validate("XYZ310085061517")), Reason.FOREIGN_PERMANENT_RESIDENT_ID_NATIONALITY, "XYZ");
    }

    @Test
    void the2017FormHasARealBirthDate() {
        error(VALIDATOR.validate("USA310085022917"), Reason.BIRTH_DATE_IMPOSSIBLE, "850229", 8, 13);
        error(VALIDATOR.validate("USA310085130117"), Reason.BIRTH_DATE_IMPOSSIBLE, "851301", 8, 13);
    }

    @Test
    void a2017BirthYearIsTheLatestThatIsNotInTheFuture() {
        // 27 December: 2026-12-27 is after today (2026-06-15), so it is 1926-12-27
        valid(VALIDATOR.validate("USA310026122717"));
        // 29 February 00: 2000 was a leap year
        valid(VALIDATOR.validate("USA310000022917"));
        Clock early2000 = Clock.fixed(Instant.parse("2000-01-01T00:00:00Z"), BirthDates.CHINA);
        // before 29 February 2000 the date can only be 1900-02-29, which did not exist
        error(new ForeignPermanentResidentIdValidator(early2000).validate("USA310000022917"),
                Reason.BIRTH_DATE_IMPOSSIBLE, "000229", 8, 13);
    }

    @ParameterizedTest
    @CsvSource({
            "USA31008506151, 14",
            "9318401985061500151, 19"})
    void refusesOtherLengths(String number, int length) {
        error(VALIDATOR.validate(number), Reason.LENGTH_EITHER, 18, 15, length);
    }
}
