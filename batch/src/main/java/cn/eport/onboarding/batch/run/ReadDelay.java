package cn.eport.onboarding.batch.run;

import jakarta.batch.runtime.context.JobContext;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * The slow-reader test hook of the jobs' readers: a pause after each record read, so that the crash
 * IT can kill the server in the middle of a run. The pause is the job property {@code readDelayMillis}
 * (the JSL maps the job parameter of that name onto it) and is honoured only on a server run with
 * the MicroProfile Config setting {@value #TEST_HOOKS}{@code =true} (the IT server's; never production).
 */
@Dependent
public class ReadDelay {

    public static final String TEST_HOOKS = "eport.batch.test-hooks";
    static final String PROPERTY = "readDelayMillis";

    @Inject
    private JobContext job;

    private long millis = -1;

    /** Pauses after a record when the test hook asks for it; no pause otherwise. */
    public void afterRecord() throws InterruptedException {
        if (millis < 0) {
            millis = millis();
        }
        if (millis > 0) {
            Thread.sleep(millis);
        }
    }

    private long millis() {
        boolean hooks = ConfigProvider.getConfig(ReadDelay.class.getClassLoader())
                .getOptionalValue(TEST_HOOKS, Boolean.class).orElse(false);
        String delay = job.getProperties().getProperty(PROPERTY);
        return hooks && delay != null && !delay.isBlank() ? Long.parseLong(delay.strip()) : 0;
    }
}
