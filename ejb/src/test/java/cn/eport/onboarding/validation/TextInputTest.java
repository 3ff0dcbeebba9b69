package cn.eport.onboarding.validation;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class TextInputTest {

    @Test
    void blankTextIsNotGivenAndOtherTextLosesItsSurroundingWhitespace() {
        assertNull(TextInput.strippedOrNull(null));
        assertNull(TextInput.strippedOrNull(" \t\u3000 "), "a full-width space is blank too");
        assertEquals("张 伟", TextInput.strippedOrNull("  张 伟\n"), "inner spaces stay");
    }

    @Test
    void codesAreStrippedAndUpperCased() {
        assertEquals("CN0100", TextInput.code(" cn0100 "));
        assertNull(TextInput.code("   "));
    }

    @Test
    void aFieldIsMissingWhenNullOrBlankText() {
        assertTrue(TextInput.isMissing(null));
        assertTrue(TextInput.isMissing("  "));
        assertFalse(TextInput.isMissing("x"));
        assertFalse(TextInput.isMissing(java.math.BigDecimal.ZERO), "zero is a value");
    }
}
