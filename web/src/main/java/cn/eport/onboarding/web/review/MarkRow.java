package cn.eport.onboarding.web.review;

import cn.eport.onboarding.attachment.Attachment;
import cn.eport.onboarding.declaration.DeclaredField;
import cn.eport.onboarding.review.marks.ReturnMarkInput;

import java.io.Serializable;

/**
 * One field or attachment of the application on the review page while the reviewer holds it: what it
 * is and holds, the note of the reviewer's mark on it (not sent yet: the 退回 sends them all), and what
 * is being typed for one.
 */
public final class MarkRow implements Serializable {

    private static final long serialVersionUID = 1L;

    private final String field;
    private final Long attachmentId;
    private final String label;
    private final String value;
    private final String valueEn;
    private String note;
    private String draft;
    private String problem;

    private MarkRow(String field, Long attachmentId, String label, String value, String valueEn) {
        this.field = field;
        this.attachmentId = attachmentId;
        this.label = label;
        this.value = value;
        this.valueEn = valueEn;
    }

    /** A field: its label is a bundle key, its value as declared (in English too where it differs). */
    static MarkRow field(DeclaredField field) {
        return new MarkRow(field.field(), null, field.labelKey(), field.display(false), field.display(true));
    }

    /** An attachment: its label is its document type's code, its value the file's name. */
    static MarkRow attachment(Attachment attachment) {
        return new MarkRow(null, attachment.getId(), attachment.getDocumentType(), attachment.getDisplayName(), null);
    }

    /** The row's key on the page: {@code field-<name>} or {@code attachment-<id>}. */
    public String getKey() {
        return field != null ? "field-" + field : "attachment-" + attachmentId;
    }

    public boolean isAttachment() {
        return attachmentId != null;
    }

    public boolean isMarked() {
        return note != null;
    }

    ReturnMarkInput input() {
        return new ReturnMarkInput(field, attachmentId, note);
    }

    void mark(String note) {
        this.note = note;
        this.draft = null;
        this.problem = null;
    }

    void unmark() {
        this.note = null;
    }

    public String getField() {
        return field;
    }

    public Long getAttachmentId() {
        return attachmentId;
    }

    public String getLabel() {
        return label;
    }

    public String getValue() {
        return value;
    }

    /** The value in this language: a code's English name where known. */
    public String value(boolean english) {
        return english && valueEn != null ? valueEn : value;
    }

    /** Why the last note typed here was not taken (a bundle key), or null. */
    public String getProblem() {
        return problem;
    }

    void refuse(String problemKey) {
        this.problem = problemKey;
    }

    public String getNote() {
        return note;
    }

    public String getDraft() {
        return draft;
    }

    public void setDraft(String draft) {
        this.draft = draft;
    }
}
