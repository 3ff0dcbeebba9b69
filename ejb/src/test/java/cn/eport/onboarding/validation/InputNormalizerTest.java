package cn.eport.onboarding.validation;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

class InputNormalizerTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "'  91350100m000100y43  '|91350100M000100Y43",
            "'9135 0100 M000 100Y 43'|91350100M000100Y43",
            "'\t91350100M000100Y43\n'|91350100M000100Y43",
            "'11010119900307002x'|11010119900307002X",
            "'９１３５０１００Ｍ０００１００Ｙ４３'|91350100M000100Y43",
            "'1101\u300001\u00a019900307002X'|11010119900307002X",
            "'\ufeff110101\u200b19900307002X'|11010119900307002X",
            "'e12345678'|E12345678",
            "''|''",
            "'   '|''"})
    void trimsRemovesSpacesAndInvisiblesWidensFullWidthAndUpperCases(String raw, String normalized) {
        assertEquals(normalized, InputNormalizer.normalize(raw));
    }

    @Test
    void nullStaysNull() {
        assertNull(InputNormalizer.normalize(null));
    }
}
