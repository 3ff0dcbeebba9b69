package cn.eport.onboarding.web.ops;

import jakarta.batch.runtime.BatchRuntime;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/** Readiness: the batch runtime answers through its JobOperator (its job repository is the application's database). */
@Readiness
@ApplicationScoped
public class BatchReadiness implements HealthCheck {

    @Override
    public HealthCheckResponse call() {
        long start = System.nanoTime();
        boolean up;
        try {
            BatchRuntime.getJobOperator().getJobNames();
            up = true;
        } catch (RuntimeException e) {
            up = false;
        }
        return HealthCheckResponse.named("batch").status(up).withData("latency_ms", Timing.millisSince(start)).build();
    }
}
