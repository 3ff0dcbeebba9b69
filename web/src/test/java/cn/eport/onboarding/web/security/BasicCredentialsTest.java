package cn.eport.onboarding.web.security;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.Base64;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class BasicCredentialsTest {

    private static String basic(String userAndPassword) {
        return "Basic " + Base64.getEncoder().encodeToString(userAndPassword.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void readsUsernameAndPasswordWithColonsAndChineseInThePassword() {
        var credential = BasicCredentials.parse(basic("batch:Eport@2026:密码")).orElseThrow();
        assertEquals("batch", credential.getCaller());
        assertEquals("Eport@2026:密码", credential.getPasswordAsString());
        assertEquals("batch", BasicCredentials.parse("basic " + basic("batch:x").substring(6)).orElseThrow().getCaller());
    }

    @Test
    void ignoresOtherSchemesAndMalformedValues() {
        assertTrue(BasicCredentials.parse(null).isEmpty());
        assertTrue(BasicCredentials.parse("Bearer abc").isEmpty());
        assertTrue(BasicCredentials.parse("Basic %%%").isEmpty());
        assertTrue(BasicCredentials.parse(basic("no-colon")).isEmpty());
        assertTrue(BasicCredentials.parse(basic(":password-without-user")).isEmpty());
    }
}
