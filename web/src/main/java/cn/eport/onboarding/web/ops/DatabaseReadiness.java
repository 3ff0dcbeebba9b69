package cn.eport.onboarding.web.ops;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.SQLException;

/** Readiness: the application's datasource gives a connection that answers within a few seconds (ADR 0032). */
@Readiness
@ApplicationScoped
public class DatabaseReadiness implements HealthCheck {

    static final int TIMEOUT_SECONDS = 3;

    @Resource(lookup = "jdbc/eport")
    private DataSource dataSource;

    @Override
    public HealthCheckResponse call() {
        long start = System.nanoTime();
        boolean valid;
        try (Connection connection = dataSource.getConnection()) {
            // the driver's own cheap check (PostgreSQL and Oracle send a trivial query) with a timeout
            valid = connection.isValid(TIMEOUT_SECONDS);
        } catch (SQLException e) {
            valid = false;
        }
        return HealthCheckResponse.named("database").status(valid)
                .withData("latency_ms", Timing.millisSince(start)).build();
    }
}
