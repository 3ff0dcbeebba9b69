package cn.eport.onboarding.web.review;

import cn.eport.onboarding.declaration.DeclarationDiff;
import cn.eport.onboarding.declaration.DeclarationDiff.Change;
import cn.eport.onboarding.declaration.DeclaredAttachment;

import java.io.Serializable;
import java.util.List;
import java.util.Map;

/**
 * The review page's section "自上次退回以来的修改": the latest declaration against the returned one, in
 * the page's language, each change with the note the reviewer left on it at the return (if any).
 *
 * @param fromRound the returned round
 * @param toRound   the round declared after it
 * @param reason    the overall reason of the return, if known
 */
public record ChangesSinceReturn(int fromRound, int toRound, String reason, List<FieldRow> fields,
                                 List<AttachmentRow> attachments) implements Serializable {

    /** A changed field: label key, what it said then and now (empty for none), the reviewer's note or null. */
    public record FieldRow(String field, String labelKey, String before, String after, String note) implements Serializable {
    }

    /** A changed file: the file names before and after (null where there is none), the note on the returned file or null. */
    public record AttachmentRow(Change change, String documentType, String before, String after, String note)
            implements Serializable {
    }

    /**
     * @param fieldNotes      the return's notes by field name (issue 12 item 1's marks of the returned round)
     * @param attachmentNotes the return's notes by the returned version's attachment id
     */
    public static ChangesSinceReturn of(DeclarationDiff diff, int fromRound, int toRound, String reason,
                                        Map<String, String> fieldNotes, Map<Long, String> attachmentNotes, boolean english) {
        List<FieldRow> fields = diff.fields().stream().map(c -> new FieldRow(c.field(), c.labelKey(),
                c.before().display(english), c.after().display(english), fieldNotes.get(c.field()))).toList();
        List<AttachmentRow> attachments = diff.attachments().stream().map(c -> new AttachmentRow(c.change(), c.documentType(),
                name(c.before()), name(c.after()), c.before() == null ? null : attachmentNotes.get(c.before().attachmentId()))).toList();
        return new ChangesSinceReturn(fromRound, toRound, reason, fields, attachments);
    }

    public boolean isEmpty() {
        return fields.isEmpty() && attachments.isEmpty();
    }

    private static String name(DeclaredAttachment a) {
        return a == null ? null : a.fileName();
    }
}
