package cn.eport.onboarding.web.review;

import cn.eport.onboarding.declaration.Declaration;
import cn.eport.onboarding.declaration.DeclarationDiff;
import cn.eport.onboarding.declaration.DeclarationDiff.Change;
import cn.eport.onboarding.declaration.DeclaredAttachment;
import cn.eport.onboarding.declaration.DeclaredField;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The review page's section "自上次退回以来的修改": the latest declaration against the returned one, in
 * the page's language, each change with the note the reviewer left on it at the return (if any); then
 * what the reviewer marked and the enterprise left as it was, so nothing marked goes unnoticed.
 *
 * @param fromRound the returned round
 * @param toRound   the round declared after it
 * @param reason    the overall reason of the return, if known
 */
public record ChangesSinceReturn(int fromRound, int toRound, String reason, List<FieldRow> fields,
                                 List<AttachmentRow> attachments) implements Serializable {

    /**
     * A field: label key, what it said then and now (empty for none), the reviewer's note or null;
     * {@code changed} false for a marked field the enterprise did not change.
     */
    public record FieldRow(String field, String labelKey, String before, String after, String note, boolean changed)
            implements Serializable {
    }

    /**
     * A file: how it changed ({@code null}: marked, left as it was), the file names before and after (null
     * where there is none), the note on the returned file or null.
     */
    public record AttachmentRow(Change change, String documentType, String before, String after, String note)
            implements Serializable {
    }

    /**
     * @param earlier         the returned declaration
     * @param later           the declaration after the return
     * @param fieldNotes      the return's notes by field name (the marks of the returned round)
     * @param attachmentNotes the return's notes by the returned version's attachment id
     */
    public static ChangesSinceReturn of(Declaration earlier, Declaration later, String reason,
                                        Map<String, String> fieldNotes, Map<Long, String> attachmentNotes, boolean english) {
        DeclarationDiff diff = DeclarationDiff.between(earlier, later);
        List<FieldRow> fields = new ArrayList<>(diff.fields().stream().map(c -> new FieldRow(c.field(), c.labelKey(),
                c.before().display(english), c.after().display(english), fieldNotes.get(c.field()), true)).toList());
        Set<String> changed = diff.changedFieldNames();
        for (DeclaredField f : later.fields()) {
            if (fieldNotes.containsKey(f.field()) && !changed.contains(f.field())) {
                fields.add(new FieldRow(f.field(), f.labelKey(), f.display(english), f.display(english), fieldNotes.get(f.field()), false));
            }
        }
        List<AttachmentRow> attachments = new ArrayList<>(diff.attachments().stream().map(c -> new AttachmentRow(c.change(),
                c.documentType(), name(c.before()), name(c.after()),
                c.before() == null ? null : attachmentNotes.get(c.before().attachmentId()))).toList());
        Set<Long> touched = diff.attachments().stream().map(DeclarationDiff.AttachmentChange::before)
                .filter(a -> a != null).map(DeclaredAttachment::attachmentId).collect(Collectors.toSet());
        for (DeclaredAttachment marked : earlier.attachments()) {
            if (attachmentNotes.containsKey(marked.attachmentId()) && !touched.contains(marked.attachmentId())) {
                // kept, or deleted and the same file (document type and hash) uploaded again
                String now = later.attachments().stream().filter(a -> a.attachmentId().equals(marked.attachmentId())).findFirst()
                        .or(() -> later.attachments().stream().filter(a -> a.documentType().equals(marked.documentType())
                                && a.sha256().equals(marked.sha256())).findFirst())
                        .map(DeclaredAttachment::fileName).orElse(null);
                attachments.add(new AttachmentRow(null, marked.documentType(), marked.fileName(), now, attachmentNotes.get(marked.attachmentId())));
            }
        }
        return new ChangesSinceReturn(earlier.round(), later.round(), reason, fields, attachments);
    }

    /** Nothing changed and nothing marked. */
    public boolean isEmpty() {
        return fields.isEmpty() && attachments.isEmpty();
    }

    /** Declared again without any change (marked items may still be listed, unchanged). */
    public boolean isUnchanged() {
        return fields.stream().noneMatch(FieldRow::changed) && attachments.stream().allMatch(a -> a.change() == null);
    }

    private static String name(DeclaredAttachment a) {
        return a == null ? null : a.fileName();
    }
}
