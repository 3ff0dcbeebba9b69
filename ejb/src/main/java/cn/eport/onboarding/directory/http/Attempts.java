package cn.eport.onboarding.directory.http;

/**
 * Runs the attempts of one look-up: in the server {@link DirectoryCalls} (Fault Tolerance: timeout,
 * retries, circuit breaker), in unit tests once.
 */
public interface Attempts {

    /** One attempt: a result, or {@link DirectoryUnreachable} when another attempt may do better. */
    @FunctionalInterface
    interface Attempt<T> {
        T run() throws DirectoryUnreachable;
    }

    <T> T run(Attempt<T> attempt) throws DirectoryUnreachable;

    /** One attempt, no retries: for unit tests and tools. */
    Attempts ONCE = new Attempts() {
        @Override
        public <T> T run(Attempt<T> attempt) throws DirectoryUnreachable {
            return attempt.run();
        }
    };
}
