package cn.eport.onboarding.ops;

import cn.eport.onboarding.attachment.AttachmentRefusedException;
import cn.eport.onboarding.declaration.ApplicationDeclared;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import org.eclipse.microprofile.metrics.Metadata;
import org.eclipse.microprofile.metrics.MetricRegistry;
import org.eclipse.microprofile.metrics.Tag;

import java.util.Locale;

/**
 * The counters an operator watches (issue 13, X-6, ADR 0032), in the application registry that
 * Payara serves under {@code /metrics/application} (Prometheus text, {@code eport_} names with help).
 * Counted where the thing happens, never by querying: a 申报 once its transaction has committed,
 * each login and lock-out from the account service, each refused upload with its reason.
 */
@ApplicationScoped
public class OperatorMetrics {

    static final String DECLARATIONS = "eport_declarations";
    static final String LOGINS = "eport_logins";
    static final String LOCKOUTS = "eport_lockouts";
    static final String UPLOAD_REFUSALS = "eport_upload_refusals";

    @Inject
    private MetricRegistry registry;

    /** A 申报 counts once it is committed: a rolled-back one (its sealed PDF failed) never happened. */
    void declared(@Observes(during = TransactionPhase.AFTER_SUCCESS) ApplicationDeclared declared) {
        count(DECLARATIONS, "Applications declared (申报), by kind", "kind", tagValue(declared.declaration().kind()));
    }

    /** A login attempt with a known or unknown username; a refusal of a locked account is a failure. */
    public void login(boolean succeeded) {
        count(LOGINS, "Login attempts, by outcome", "outcome", succeeded ? "success" : "failure");
    }

    /** The failed login that locked an account. */
    public void lockedOut() {
        registry.counter(Metadata.builder().withName(LOCKOUTS)
                .withDescription("Accounts locked after too many wrong passwords").build()).inc();
    }

    public void uploadRefused(AttachmentRefusedException.Reason reason) {
        count(UPLOAD_REFUSALS, "Attachment uploads refused, by reason", "reason", tagValue(reason));
    }

    private void count(String name, String help, String tag, String value) {
        registry.counter(Metadata.builder().withName(name).withDescription(help).build(), new Tag(tag, value)).inc();
    }

    /** The enum's name in lower case: stable, and no bundle text in a label. */
    static String tagValue(Enum<?> value) {
        return value.name().toLowerCase(Locale.ROOT);
    }
}
