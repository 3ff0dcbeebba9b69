package cn.eport.onboarding.review.marks;

import cn.eport.onboarding.review.marks.ReturnMarkRefusedException.Problem;
import cn.eport.onboarding.validation.TextInput;
import cn.eport.onboarding.workflow.ApplicationKind;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** The rules of a 退回's marks: each on a known field or a shown attachment, once, with a note of 1..200 characters. */
public final class MarkRules {

    public static final int MAX_NOTE_LENGTH = 200;

    private MarkRules() {
    }

    /**
     * The marks as they will be stored (notes stripped), in the order given.
     *
     * @param fields      the names of the kind's form fields
     * @param attachments the ids of the attachments shown with the application
     * @throws ReturnMarkRefusedException at the first mark that breaks a rule
     */
    public static List<ReturnMarkInput> checked(ApplicationKind kind, Long id, List<ReturnMarkInput> marks,
                                                Set<String> fields, Set<Long> attachments) {
        List<ReturnMarkInput> checked = new ArrayList<>(marks.size());
        Set<String> seen = new HashSet<>();
        for (ReturnMarkInput mark : marks) {
            boolean onField = mark.field() != null;
            if (onField == (mark.attachmentId() != null)) {
                throw new ReturnMarkRefusedException(kind, id, Problem.NO_TARGET, null);
            }
            String subject = onField ? mark.field() : String.valueOf(mark.attachmentId());
            if (onField ? !fields.contains(mark.field()) : !attachments.contains(mark.attachmentId())) {
                throw new ReturnMarkRefusedException(kind, id, onField ? Problem.UNKNOWN_FIELD : Problem.UNKNOWN_ATTACHMENT, subject);
            }
            if (!seen.add((onField ? "f:" : "a:") + subject)) {
                throw new ReturnMarkRefusedException(kind, id, Problem.DUPLICATE, subject);
            }
            String note = TextInput.strippedOrNull(mark.note());
            if (note == null) {
                throw new ReturnMarkRefusedException(kind, id, Problem.NOTE_MISSING, subject);
            }
            if (note.codePointCount(0, note.length()) > MAX_NOTE_LENGTH) {
                throw new ReturnMarkRefusedException(kind, id, Problem.NOTE_TOO_LONG, subject);
            }
            checked.add(new ReturnMarkInput(mark.field(), mark.attachmentId(), note));
        }
        return checked;
    }
}
