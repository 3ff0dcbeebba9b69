package cn.eport.onboarding.directory.http;

import cn.eport.onboarding.directory.DirectoryResult.Reason;

/**
 * An attempt that another attempt may cure: timeout, connection refused or broken, HTTP 5xx or
 * 429. Fault Tolerance retries on it and counts it against the circuit breaker; once the retries
 * are spent it becomes {@code Unavailable(reason)}. The message names the problem, never the
 * enterprise asked for.
 */
public class DirectoryUnreachable extends Exception {

    private final Reason reason;

    public DirectoryUnreachable(Reason reason, String problem) {
        super(problem);
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }
}
