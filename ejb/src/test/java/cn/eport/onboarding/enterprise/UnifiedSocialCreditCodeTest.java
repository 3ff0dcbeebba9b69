package cn.eport.onboarding.enterprise;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class UnifiedSocialCreditCodeTest {

    @ParameterizedTest
    @ValueSource(strings = {"91350100M000100Y43", "91110108MA01ABCD5T", "91310115MA1K4XYW7G"})
    void acceptsCodesWithTheRightCheckCharacter(String code) {
        assertTrue(UnifiedSocialCreditCode.isValid(code));
    }

    @ParameterizedTest
    @ValueSource(strings = {"91350100M000100Y44", "91350100M000100Y4", "91350100M000100Y433", "91350100M000I00Y43", ""})
    void refusesWrongCheckWrongLengthAndIllegalCharacters(String code) {
        assertFalse(UnifiedSocialCreditCode.isValid(code));
    }

    @Test
    void refusesNull() {
        assertFalse(UnifiedSocialCreditCode.isValid(null));
    }

    @Test
    void computesTheCheckCharacter() {
        assertEquals('3', UnifiedSocialCreditCode.checkCharacter("91350100M000100Y4"));
        assertThrows(IllegalArgumentException.class, () -> UnifiedSocialCreditCode.checkCharacter("9135"));
    }
}
