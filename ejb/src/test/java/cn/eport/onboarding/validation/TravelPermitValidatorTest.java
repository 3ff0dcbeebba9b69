package cn.eport.onboarding.validation;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import static cn.eport.onboarding.validation.Expect.error;
import static cn.eport.onboarding.validation.Expect.valid;
import static org.junit.jupiter.api.Assertions.assertEquals;

class TravelPermitValidatorTest {

    private static final TravelPermitValidator HK_MACAO = TravelPermitValidator.hongKongMacao();
    private static final TravelPermitValidator TAIWAN = TravelPermitValidator.taiwan();

    @ParameterizedTest
    @ValueSource(strings = {"H12345678", "M12345678", "H1234567890", "M0000000001"})
    void acceptsHongKongAndMacaoPermits(String number) {
        valid(HK_MACAO.validate(number));
    }

    @Test
    void normalizesBeforeChecking() {
        assertEquals("H12345678", valid(HK_MACAO.validate(" h 1234 5678 ")).normalized());
    }

    @ParameterizedTest
    @CsvSource({
            "H1234567, 8",
            "H123456789, 10",
            "H123456789012, 13"})
    void hongKongMacaoNeeds8Or10Digits(String number, int length) {
        error(HK_MACAO.validate(number), Reason.LENGTH_EITHER, 9, 11, length);
    }

    @Test
    void hongKongMacaoStartsWithHOrM() {
        error(HK_MACAO.validate("A12345678"), Reason.HK_MACAO_TRAVEL_PERMIT_PREFIX, "A");
        error(HK_MACAO.validate("112345678"), Reason.HK_MACAO_TRAVEL_PERMIT_PREFIX, "1");
        error(HK_MACAO.validate("H1234567A"), Reason.NOT_DIGIT, 9, "A");
    }

    @ParameterizedTest
    @ValueSource(strings = {"12345678", "1234567890"})
    void acceptsTaiwanPermits(String number) {
        valid(TAIWAN.validate(number));
    }

    @ParameterizedTest
    @CsvSource({
            "1234567, 7",
            "123456789, 9",
            "12345678901, 11"})
    void taiwanNeeds8Or10Digits(String number, int length) {
        error(TAIWAN.validate(number), Reason.LENGTH_EITHER, 8, 10, length);
    }

    @Test
    void taiwanIsDigitsOnly() {
        error(TAIWAN.validate("T2345678"), Reason.NOT_DIGIT, 1, "T");
    }
}
