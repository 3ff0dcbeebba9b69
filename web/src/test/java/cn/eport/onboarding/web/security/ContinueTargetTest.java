package cn.eport.onboarding.web.security;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;

class ContinueTargetTest {

    @ParameterizedTest
    @ValueSource(strings = {"/eport/enterprise/status", "/eport/", "/eport/admin/audit?from=2026-01-01",
            "/eport/admin/login-history", "/eport/review/application?kind=X&id=1;2"})
    void acceptsPagesOfThisApplication(String target) {
        assertEquals(Optional.of(target), ContinueTarget.of("/eport", target));
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"https://evil.example/", "//evil.example/x", "/eport//evil.example", "/other/app",
            "/eportx/page", "/eport/\\evil", "/eport/a\r\nSet-Cookie: x=y", "/eport/login", "/eport/login?x=1",
            "/eport/login.xhtml", "enterprise/status", "/eport/index;jsessionid=ABC"})
    void refusesEverythingElse(String target) {
        assertEquals(Optional.empty(), ContinueTarget.of("/eport", target));
    }

    @Test
    void theLoginAddressCarriesThePageAskedFor() {
        assertEquals("/eport/login?continue=%2Feport%2Fenterprise%2Fregistration-view%3Fid%3D12%26x%3D%E4%B8%AD",
                ContinueTarget.loginAddress("/eport", "/eport/enterprise/registration-view?id=12&x=中"));
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"/eport/", "//evil.example/", "/eport/login?continue=/eport/x"})
    void theHomePageAndForeignTargetsGetTheBareLoginAddress(String target) {
        assertEquals("/eport/login", ContinueTarget.loginAddress("/eport", target));
    }
}
