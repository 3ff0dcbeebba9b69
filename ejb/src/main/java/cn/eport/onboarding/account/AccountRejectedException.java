package cn.eport.onboarding.account;

import jakarta.ejb.ApplicationException;

/** An account cannot be opened or changed as requested; {@link #reason()} says why (for a bundle key in the UI). */
@ApplicationException(rollback = true)
public class AccountRejectedException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public enum Reason {
        USERNAME_TAKEN,
        INVALID_USERNAME,
        UNKNOWN_ENTERPRISE,
        ENTERPRISE_MISMATCH,
        ENTERPRISE_DATA_MISMATCH,
        INVALID_USCC,
        WEAK_PASSWORD,
        UNKNOWN_ACCOUNT
    }

    private final Reason reason;

    public AccountRejectedException(Reason reason, String detail) {
        super(reason + ": " + detail);
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }
}
