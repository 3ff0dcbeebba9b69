package cn.eport.onboarding.batch.reconcile;

/** The results file has no content to read (not even a CSV header or an XML root): the step fails with this message. */
public class EmptyResultFileException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public EmptyResultFileException(String message) {
        super(message);
    }
}
