package cn.eport.onboarding.account;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.List;

import static cn.eport.onboarding.account.PasswordPolicy.Violation.CONTAINS_USERNAME;
import static cn.eport.onboarding.account.PasswordPolicy.Violation.TOO_FEW_CHARACTER_KINDS;
import static cn.eport.onboarding.account.PasswordPolicy.Violation.TOO_LONG;
import static cn.eport.onboarding.account.PasswordPolicy.Violation.TOO_SHORT;
import static org.junit.jupiter.api.Assertions.assertEquals;

class PasswordPolicyTest {

    @ParameterizedTest
    @ValueSource(strings = {"Eport@2026", "abcDEF12", "abc12345#", "ABC#1234", "长密码Ab1234"})
    void acceptsLongEnoughPasswordsWithThreeKindsOfCharacters(String password) {
        assertEquals(List.of(), PasswordPolicy.check("zhangwei", password.toCharArray()));
    }

    @Test
    void reportsEveryBrokenRule() {
        assertEquals(List.of(TOO_SHORT), PasswordPolicy.check("u", "Ab1#xyz".toCharArray()));
        assertEquals(List.of(TOO_FEW_CHARACTER_KINDS), PasswordPolicy.check("u", "abcdefgh12".toCharArray()));
        assertEquals(List.of(TOO_SHORT, TOO_FEW_CHARACTER_KINDS), PasswordPolicy.check("u", "abc".toCharArray()));
        assertEquals(List.of(TOO_LONG), PasswordPolicy.check("u", ("Ab1" + "x".repeat(126)).toCharArray()));
    }

    @Test
    void refusesPasswordsContainingTheUsernameInAnyCase() {
        assertEquals(List.of(CONTAINS_USERNAME), PasswordPolicy.check("Zhangwei", "ZHANGWEI#2026".toCharArray()));
        assertEquals(List.of(), PasswordPolicy.check("ab", "xxABxx#2026".toCharArray()), "too short a name to matter");
    }
}
