package cn.eport.onboarding.web.security;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class OriginPolicyTest {

    private final OriginPolicy policy = OriginPolicy.of("http://localhost:8080",
            List.of("https://eport.example.cn", "not an origin"));

    @ParameterizedTest
    @ValueSource(strings = {"http://localhost:8080", "HTTP://LOCALHOST:8080", "https://eport.example.cn",
            "https://eport.example.cn:443"})
    void ourOwnAndTheConfiguredOriginsMayChangeState(String origin) {
        assertTrue(policy.allows(origin, null, "same-origin"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"http://127.0.0.1:8080", "http://localhost:9090", "https://localhost:8080",
            "http://localhost.evil.example:8080", "null", "", "http://eport.example.cn"})
    void everyOtherOriginIsRefusedWhateverTheOtherHeadersSay(String origin) {
        assertFalse(policy.allows(origin, "http://localhost:8080/eport/login", "same-origin"));
    }

    @Test
    void withoutOriginTheReferersOriginDecides() {
        assertTrue(policy.allows(null, "http://localhost:8080/eport/login?continue=x", null));
        assertFalse(policy.allows(null, "http://127.0.0.1:8080/eport/login", null));
        assertFalse(policy.allows(null, "garbage", null));
    }

    @ParameterizedTest
    @CsvSource(nullValues = "-", value = {"-, true", "none, true", "same-origin, true", "same-site, true",
            "cross-site, false", "CROSS-SITE, false"})
    void withNeitherOnlyAFetchMarkedCrossSiteIsRefused(String fetchSite, boolean allowed) {
        assertEquals(allowed, policy.allows(null, null, fetchSite));
    }

    @ParameterizedTest
    @CsvSource({"POST, true", "put, true", "PATCH, true", "DELETE, true", "GET, false", "HEAD, false",
            "OPTIONS, false", "TRACE, false"})
    void onlyRequestsThatChangeStateAreChecked(String method, boolean checked) {
        assertEquals(checked, OriginPolicy.isStateChanging(method));
    }

    @Test
    void originsAreComparedWithoutDefaultPortsAndPaths() {
        assertEquals(Optional.of("https://a.example"), OriginPolicy.normalise("https://A.example:443/x?y"));
        assertEquals(Optional.of("http://[::1]:8080"), OriginPolicy.normalise("http://[::1]:8080"));
        assertEquals(Optional.empty(), OriginPolicy.normalise("null"));
    }
}
