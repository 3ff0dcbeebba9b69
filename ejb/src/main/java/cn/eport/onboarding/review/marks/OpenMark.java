package cn.eport.onboarding.review.marks;

import java.io.Serializable;
import java.time.Instant;

/**
 * An open mark as the enterprise's pages show it: on a field (its form name and the bundle key of its
 * label) or on an attachment (its id, document type and file name as they were), with the note.
 */
public record OpenMark(Long id, String field, String labelKey, Long attachmentId, String documentType, String fileName,
                       String note, Instant createdAt) implements Serializable {

    public boolean isOnField() {
        return field != null;
    }
}
