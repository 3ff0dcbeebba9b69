package cn.eport.onboarding.operator;

import jakarta.ejb.ApplicationException;

/**
 * An operator entry refused before or beside its fields' rules; nothing is stored (the whole batch,
 * for {@link OperatorService#saveDrafts}).
 */
@ApplicationException(rollback = true)
public class OperatorRefusedException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /** Why: the bundle key of the message ({@code operator.refused.*}). */
    public enum Reason {
        /** F-51: the enterprise has saved no 三证合一 record yet. */
        NO_REGISTRATION("operator.refused.noRegistration"),
        /** The same person (证件类别 + 证件号码) was stored for the enterprise at the same moment by another request. */
        DUPLICATE("operator.error.duplicate");

        private final String bundleKey;

        Reason(String bundleKey) {
            this.bundleKey = bundleKey;
        }

        public String bundleKey() {
            return bundleKey;
        }
    }

    private final Reason reason;

    public OperatorRefusedException(Reason reason) {
        super("operator refused: " + reason);
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }
}
