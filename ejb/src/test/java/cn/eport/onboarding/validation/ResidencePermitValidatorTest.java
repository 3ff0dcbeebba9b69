package cn.eport.onboarding.validation;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static cn.eport.onboarding.validation.Expect.error;
import static cn.eport.onboarding.validation.Expect.valid;

class ResidencePermitValidatorTest {

    private static final ResidencePermitValidator HK_MACAO = ResidencePermitValidator.hongKongMacao(Expect.CLOCK);
    private static final ResidencePermitValidator TAIWAN = ResidencePermitValidator.taiwan(Expect.CLOCK);

    @ParameterizedTest
    @ValueSource(strings = {"810000198504120100", "820000199208300218"})
    void acceptsHongKongAndMacaoPermits(String number) {
        valid(HK_MACAO.validate(number));
    }

    @Test
    void acceptsTaiwanPermits() {
        valid(TAIWAN.validate("830000197801010337"));
    }

    @Test
    void eachPermitHasItsOwnAreaCodes() {
        error(HK_MACAO.validate("830000197801010337"), Reason.HK_MACAO_RESIDENCE_PERMIT_PREFIX, "830000");
        error(TAIWAN.validate("810000198504120100"), Reason.TAIWAN_RESIDENCE_PERMIT_PREFIX, "810000");
        error(HK_MACAO.validate("840000197801010339"), Reason.HK_MACAO_RESIDENCE_PERMIT_PREFIX, "840000");
        error(TAIWAN.validate("11010119900307002X"), Reason.TAIWAN_RESIDENCE_PERMIT_PREFIX, "110101");
    }

    @Test
    void usesTheResidentIdCheckCharacter() {
        error(HK_MACAO.validate("810000198504120101"), Reason.CHECK_CHARACTER, "0", "1");
        error(TAIWAN.validate("83000019780101033X"), Reason.CHECK_CHARACTER, "7", "X");
    }

    @Test
    void checksTheBirthDate() {
        error(TAIWAN.validate("830000190002290334"), Reason.BIRTH_DATE_IMPOSSIBLE, "19000229", 7, 14);
    }

    @Test
    void refusesTheWrongLengthAndCharacters() {
        error(HK_MACAO.validate("81000019850412010"), Reason.LENGTH, 18, 17);
        error(HK_MACAO.validate("H10000198504120100"), Reason.NOT_DIGIT, 1, "H");
    }
}
