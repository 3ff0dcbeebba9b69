package cn.eport.onboarding.web.ops;

import cn.eport.onboarding.ops.DirectoryHealth;
import cn.eport.onboarding.ops.DirectoryReachability;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;
import org.eclipse.microprofile.health.Readiness;

import java.util.List;

/**
 * Readiness: every directory configured with the HTTP adapter answers (ADR 0032). One entry per such
 * directory, by its configuration name: "UP" or "DOWN: &lt;why&gt;", and its probe's latency; none
 * configured is UP with "not configured".
 */
@Readiness
@ApplicationScoped
public class DirectoryReadiness implements HealthCheck {

    static final String NAME = "directories";

    @Inject
    private DirectoryHealth health;

    @Inject
    private Config config;

    @Override
    public HealthCheckResponse call() {
        try {
            return response(health.check(key -> config.getOptionalValue(key, String.class)));
        } catch (IllegalStateException e) {
            // a wrong eport.directory.* value: the look-ups would fail the same way
            return HealthCheckResponse.named(NAME).down().withData("configuration", "invalid").build();
        }
    }

    /** The check's answer for these probe results. */
    static HealthCheckResponse response(List<DirectoryReachability> results) {
        HealthCheckResponseBuilder response = HealthCheckResponse.named(NAME);
        if (results.isEmpty()) {
            return response.up().withData("http", "not configured").build();
        }
        for (DirectoryReachability result : results) {
            String name = result.directory().configName();
            response.withData(name, result.up() ? "UP" : "DOWN: " + result.problem())
                    .withData(name + ".latency_ms", result.latencyMs());
        }
        return response.status(results.stream().allMatch(DirectoryReachability::up)).build();
    }
}
