package cn.eport.onboarding.web.security;

import org.junit.jupiter.api.Test;

import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;

class BearerTokenTest {

    @Test
    void takesTheTokenOfABearerHeader() {
        assertEquals(Optional.of("eport_abc"), BearerToken.of("Bearer eport_abc"));
        assertEquals(Optional.of("eport_abc"), BearerToken.of("bearer  eport_abc "));
    }

    @Test
    void anythingElseIsNoToken() {
        for (String header : new String[]{null, "", "Bearer", "Bearer ", "Bearer a b", "Basic ZW50LWE6eA==", "Bearereport_abc"}) {
            assertEquals(Optional.empty(), BearerToken.of(header), String.valueOf(header));
        }
    }
}
