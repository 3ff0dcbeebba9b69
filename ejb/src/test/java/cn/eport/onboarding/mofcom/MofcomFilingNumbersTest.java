package cn.eport.onboarding.mofcom;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** The 备案登记表编号 is 8 digits, as the filing authority's. */
class MofcomFilingNumbersTest {

    @Test
    void eightDigitsWithLeadingZeros() {
        assertEquals("00000001", MofcomFilingNumbers.format(1));
        assertEquals("01234567", MofcomFilingNumbers.format(1_234_567));
        assertEquals("99999999", MofcomFilingNumbers.format(99_999_999));
    }

    @Test
    void nothingOutsideTheEightDigitRange() {
        assertThrows(IllegalStateException.class, () -> MofcomFilingNumbers.format(100_000_000));
        assertThrows(IllegalStateException.class, () -> MofcomFilingNumbers.format(0));
    }
}
