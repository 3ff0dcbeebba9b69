package cn.eport.onboarding.enterprise;

import cn.eport.onboarding.workflow.ApplicationKind;
import jakarta.ejb.ApplicationException;

/** The record was changed by someone else since the form was opened; nothing was saved. */
@ApplicationException(rollback = true)
public class ConcurrentChangeException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public ConcurrentChangeException(Long id) {
        this(ApplicationKind.ENTERPRISE_REGISTRATION, id);
    }

    public ConcurrentChangeException(ApplicationKind kind, Long id) {
        super(kind + " " + id + " was changed by someone else");
    }
}
