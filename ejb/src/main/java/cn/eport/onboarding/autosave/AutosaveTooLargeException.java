package cn.eport.onboarding.autosave;

import jakarta.ejb.ApplicationException;

/** A form's input larger than {@code eport.autosave.max-bytes}: refused, nothing kept. */
@ApplicationException(rollback = true)
public class AutosaveTooLargeException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final int size;
    private final int limit;

    public AutosaveTooLargeException(int size, int limit) {
        super("Form input of " + size + " bytes, more than the " + limit + " kept");
        this.size = size;
        this.limit = limit;
    }

    public int size() {
        return size;
    }

    public int limit() {
        return limit;
    }
}
