package cn.eport.onboarding.web.ops;

import cn.eport.onboarding.ops.DirectoryHealth;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/**
 * Readiness: every directory configured with the HTTP adapter answers (ADR 0032). One entry per such
 * directory, by its configuration name: "UP" or "DOWN: &lt;why&gt;", and its probe's latency; none
 * configured is UP with "not configured".
 */
@Readiness
@ApplicationScoped
public class DirectoryReadiness implements HealthCheck {

    @Inject
    private DirectoryHealth health;

    @Inject
    private Config config;

    @Override
    public HealthCheckResponse call() {
        try {
            return DirectoryHealth.readiness(health.check(key -> config.getOptionalValue(key, String.class)));
        } catch (IllegalStateException e) {
            // a wrong eport.directory.* value: the look-ups would fail the same way
            return HealthCheckResponse.named(DirectoryHealth.CHECK_NAME).down().withData("configuration", "invalid").build();
        }
    }
}
