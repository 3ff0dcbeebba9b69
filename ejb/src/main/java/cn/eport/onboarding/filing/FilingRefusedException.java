package cn.eport.onboarding.filing;

import jakarta.ejb.ApplicationException;

/**
 * 申报 of a filing refused before any field was checked: a precondition is not met, the enterprise
 * has a filing of this kind already, or a directory that decides it cannot be reached. Nothing is
 * stored; the form keeps what was typed and shows {@link #check()}'s message.
 */
@ApplicationException(rollback = true)
public class FilingRefusedException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final transient FilingCheck check;

    public FilingRefusedException(FilingCheck check) {
        super("filing refused: " + check);
        if (check.isClear()) {
            throw new IllegalArgumentException("a clear check refuses nothing");
        }
        this.check = check;
    }

    public FilingCheck check() {
        return check;
    }
}
