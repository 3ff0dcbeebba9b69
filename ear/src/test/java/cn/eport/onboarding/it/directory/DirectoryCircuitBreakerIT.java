package cn.eport.onboarding.it.directory;

import cn.eport.onboarding.demo.DemoData;
import cn.eport.onboarding.directory.Directory;
import cn.eport.onboarding.directory.DirectoryAdapters;
import cn.eport.onboarding.directory.DirectoryResult;
import cn.eport.onboarding.directory.DirectoryResult.Reason;
import cn.eport.onboarding.directory.FilingSystem;
import cn.eport.onboarding.directory.PendingFilings;
import jakarta.inject.Inject;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.ResourceBundle;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A directory service that keeps failing opens its circuit (Fault Tolerance, defaults: 50 % of 10
 * attempts): look-ups are refused at once without asking the service, the user still reads the
 * directory's "try again later" text, and once the delay (10 s) has passed a look-up goes through
 * again and closes it. A deployment of its own: the circuit of pending filings is open for a while.
 */
@ExtendWith(ArquillianExtension.class)
class DirectoryCircuitBreakerIT {

    private static final String MESSAGES = "cn.eport.onboarding.i18n.messages";

    @Deployment
    static EnterpriseArchive deployment() {
        return Upstream.earWithTests(DirectoryCircuitBreakerIT.class);
    }

    @Inject
    private DirectoryAdapters adapters;

    @Test
    void aFailingServiceOpensTheCircuitThePageSaysTryLaterAndItClosesAgain() {
        String fault = Upstream.fault("status-503");
        PendingFilings failing = adapters.pendingFilings(Upstream.http("pending-filings", Upstream.withFault(fault)));

        DirectoryResult.Unavailable<?> unavailable = null;
        for (int lookUp = 1; lookUp <= 10 && (unavailable == null || unavailable.reason() != Reason.CIRCUIT_OPEN); lookUp++) {
            unavailable = assertInstanceOf(DirectoryResult.Unavailable.class, failing.find(DemoData.USCC_PENDING, FilingSystem.OLD_SYSTEM));
        }
        assertEquals(Reason.CIRCUIT_OPEN, unavailable.reason(), "the circuit opens after repeated failures");
        int asked = Upstream.requests(fault);
        assertTrue(asked >= 10, "it opened only once its window was full: " + asked);

        PendingFilings healthy = adapters.pendingFilings(Upstream.http("pending-filings", Upstream.directories()));
        DirectoryResult.Unavailable<?> refused = assertInstanceOf(DirectoryResult.Unavailable.class,
                healthy.find(DemoData.USCC_PENDING, FilingSystem.OLD_SYSTEM));
        assertEquals(Reason.CIRCUIT_OPEN, refused.reason(), "while open, even a healthy service is not asked");
        assertEquals(asked, Upstream.requests(fault));

        assertEquals(Directory.PENDING_FILINGS.unavailableMessageKey(), refused.messageKey());
        ClassLoader web = DirectoryCircuitBreakerIT.class.getClassLoader();
        String chinese = ResourceBundle.getBundle(MESSAGES, Locale.SIMPLIFIED_CHINESE, web).getString(refused.messageKey());
        String english = ResourceBundle.getBundle(MESSAGES, Locale.ENGLISH, web).getString(refused.messageKey());
        assertTrue(chinese.contains("请稍后再试"), chinese);
        assertTrue(english.contains("try again later"), english);

        Instant deadline = Instant.now().plusSeconds(30);
        DirectoryResult<?> after = refused;
        while (!after.isFound() && Instant.now().isBefore(deadline)) {
            pause();
            after = healthy.find(DemoData.USCC_PENDING, FilingSystem.OLD_SYSTEM);
        }
        assertEquals(DirectoryResult.found(DemoData.PENDING_FILINGS.get(0)), after, "after the delay the circuit lets a look-up through");
    }

    /** Between two polls of the circuit's state. */
    private static void pause() {
        try {
            Thread.sleep(Duration.ofMillis(250).toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("interrupted", e);
        }
    }
}
