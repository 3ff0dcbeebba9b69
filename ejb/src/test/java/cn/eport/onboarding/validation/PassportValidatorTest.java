package cn.eport.onboarding.validation;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import static cn.eport.onboarding.validation.Expect.error;
import static cn.eport.onboarding.validation.Expect.valid;
import static org.junit.jupiter.api.Assertions.assertEquals;

class PassportValidatorTest {

    private static final PassportValidator FOREIGN = PassportValidator.foreign();
    private static final PassportValidator CHINESE = PassportValidator.chinese();

    @ParameterizedTest
    @ValueSource(strings = {"A1234", "X12345678", "123456789", "C01X00T47", "AB1234567890CDEFG"})
    void acceptsLettersAndDigitsFrom5To17(String number) {
        valid(FOREIGN.validate(number));
    }

    @ParameterizedTest
    @CsvSource({
            "A123, 4",
            "AB1234567890CDEFGH, 18"})
    void refusesOtherLengths(String number, int length) {
        error(FOREIGN.validate(number), Reason.LENGTH_RANGE, 5, 17, length);
    }

    @Test
    void refusesOtherCharacters() {
        error(FOREIGN.validate("AB-123456"), Reason.NOT_LETTER_OR_DIGIT, 3, "-");
        error(FOREIGN.validate("AB123456É"), Reason.NOT_LETTER_OR_DIGIT, 9, "É");
    }

    @Test
    void normalizesBeforeChecking() {
        assertEquals("X12345678", valid(FOREIGN.validate(" x1234 5678")).normalized());
    }

    @ParameterizedTest
    @ValueSource(strings = {"E12345678", "EA1234567", "EJ0000001", "e12345678", "G12345678", "DE1234567", "P1234567", "K12345678"})
    void acceptsChineseOrdinaryPassportsAndOtherChinesePassportsByFormat(String number) {
        valid(CHINESE.validate(number));
    }

    @ParameterizedTest
    @ValueSource(strings = {"E1234567", "E123456789", "EAB123456", "E1234567A", "E12345"})
    void anOrdinaryPassportIsE8DigitsOrELetter7Digits(String number) {
        error(CHINESE.validate(number), Reason.CHINESE_PASSPORT_ORDINARY);
    }

    @Test
    void aForeignPassportMayStartWithEInAnyFormat() {
        valid(FOREIGN.validate("E1234567"));
    }
}
