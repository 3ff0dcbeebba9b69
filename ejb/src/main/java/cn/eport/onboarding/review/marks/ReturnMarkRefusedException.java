package cn.eport.onboarding.review.marks;

import cn.eport.onboarding.review.ReviewRefusedException;
import cn.eport.onboarding.workflow.ApplicationKind;

/**
 * A 退回's marks were refused (nothing of the return was stored): one {@link Problem}, about the mark
 * of {@link #subject()} (a field's name or an attachment's id), so the page can say which.
 */
public class ReturnMarkRefusedException extends ReviewRefusedException {

    private static final long serialVersionUID = 1L;

    public enum Problem {
        /** Neither a field nor an attachment, or both. */
        NO_TARGET,
        /** Not a field of the kind's form. */
        UNKNOWN_FIELD,
        /** Not one of the attachments shown with the application. */
        UNKNOWN_ATTACHMENT,
        /** A second mark on the same field or attachment. */
        DUPLICATE,
        NOTE_MISSING,
        NOTE_TOO_LONG
    }

    private final Problem problem;
    private final String subject;

    public ReturnMarkRefusedException(ApplicationKind kind, Long applicationId, Problem problem, String subject) {
        super(kind, applicationId, "mark refused: " + problem + " (" + subject + ")");
        this.problem = problem;
        this.subject = subject;
    }

    public Problem problem() {
        return problem;
    }

    /** The field's name or the attachment's id the refused mark was on; null for a mark on nothing. */
    public String subject() {
        return subject;
    }
}
