package cn.eport.onboarding.web.security;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;

class ContinueTargetTest {

    @ParameterizedTest
    @ValueSource(strings = {"/eport/enterprise/status", "/eport/", "/eport/admin/audit?from=2026-01-01",
            "/eport/admin/login-history"})
    void acceptsPagesOfThisApplication(String target) {
        assertEquals(Optional.of(target), ContinueTarget.of("/eport", target));
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"https://evil.example/", "//evil.example/x", "/eport//evil.example", "/other/app",
            "/eportx/page", "/eport/\\evil", "/eport/a\r\nSet-Cookie: x=y", "/eport/login", "/eport/login?x=1",
            "/eport/login.xhtml", "enterprise/status"})
    void refusesEverythingElse(String target) {
        assertEquals(Optional.empty(), ContinueTarget.of("/eport", target));
    }
}
