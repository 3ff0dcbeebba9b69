package cn.eport.onboarding.account;

import cn.eport.onboarding.validation.ValidationProblem;
import jakarta.ejb.ApplicationException;

import java.util.Optional;

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
    private final transient ValidationProblem problem;

    public AccountRejectedException(Reason reason, String detail) {
        this(reason, detail, null);
    }

    /** A refusal because a value broke a validation rule; the problem says exactly which. */
    public AccountRejectedException(Reason reason, String detail, ValidationProblem problem) {
        super(reason + ": " + detail);
        this.reason = reason;
        this.problem = problem;
    }

    public Reason reason() {
        return reason;
    }

    public Optional<ValidationProblem> problem() {
        return Optional.ofNullable(problem);
    }
}
