package cn.eport.onboarding.web.format;

import jakarta.faces.convert.ConverterException;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

class AmountConverterTest {

    @Test
    void anAmountIsShownAsPeopleWriteIt() {
        assertEquals("500", AmountConverter.format(new BigDecimal("500.0000")));
        assertEquals("12.5", AmountConverter.format(new BigDecimal("12.5000")));
        assertEquals("1000", AmountConverter.format(new BigDecimal("1E+3")), "never in exponent form");
        assertEquals("0", AmountConverter.format(new BigDecimal("0.0000")));
        assertEquals("", AmountConverter.format(null));
    }

    @Test
    void typedAmountsAreReadAsDecimals() {
        assertEquals(new BigDecimal("500"), AmountConverter.parse(" 500 "));
        assertEquals(new BigDecimal("12.5"), AmountConverter.parse("12.5"));
        assertEquals(new BigDecimal("0.5"), AmountConverter.parse(".5"));
        assertEquals(new BigDecimal("-5"), AmountConverter.parse("-5"), "read, so that the rules can refuse it by name");
        assertNull(AmountConverter.parse("  "));
        assertNull(AmountConverter.parse(null));
    }

    @Test
    void anythingElseIsRefused() {
        for (String bad : new String[] {"abc", "5,000", "--1", "+1", "1e3", "12.", "５００", "500万"}) {
            assertThrows(ConverterException.class, () -> AmountConverter.parse(bad), bad);
        }
    }
}
