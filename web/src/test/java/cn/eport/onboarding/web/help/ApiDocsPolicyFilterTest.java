package cn.eport.onboarding.web.help;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

class ApiDocsPolicyFilterTest {

    @Test
    void allowsDataImagesAndKeepsScriptSrcLastWithItsNonce() {
        assertEquals("default-src 'self'; object-src 'none'; img-src 'self' data:; script-src 'self' 'nonce-abc'",
                ApiDocsPolicyFilter.relaxed("default-src 'self'; object-src 'none'; script-src 'self' 'nonce-abc'"));
    }

    @Test
    void leavesAPolicyThatAlreadySaysWhichImagesAlone() {
        String policy = "default-src 'self'; img-src 'self'; script-src 'self'";
        assertEquals(policy, ApiDocsPolicyFilter.relaxed(policy));
    }
}
