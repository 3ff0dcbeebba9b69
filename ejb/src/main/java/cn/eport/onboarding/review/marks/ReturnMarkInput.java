package cn.eport.onboarding.review.marks;

import java.io.Serializable;

/**
 * A mark as the reviewer sends it with a 退回: a field of the application's form (its input name, as
 * {@code DeclaredField.field}) or one of the attachments shown with it, and the note.
 */
public record ReturnMarkInput(String field, Long attachmentId, String note) implements Serializable {

    public static ReturnMarkInput onField(String field, String note) {
        return new ReturnMarkInput(field, null, note);
    }

    public static ReturnMarkInput onAttachment(Long attachmentId, String note) {
        return new ReturnMarkInput(null, attachmentId, note);
    }

    public boolean isOnField() {
        return field != null;
    }
}
