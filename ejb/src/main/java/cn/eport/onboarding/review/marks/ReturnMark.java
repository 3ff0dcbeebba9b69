package cn.eport.onboarding.review.marks;

import cn.eport.onboarding.workflow.ApplicationKind;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.Instant;
import java.util.Objects;

/**
 * A reviewer's note on one field or one attachment of an application, made with a 退回 (issue 12): what
 * the enterprise is asked to fix there. It belongs to the round that was returned (the number of that
 * 申报), keeps the field's value when it was marked so that a change is told, and is cleared, never
 * deleted, once the enterprise changed the field or removed the file, or a later return replaced it.
 */
@Entity
@Table(name = "return_mark")
public class ReturnMark {

    @Id
    @SequenceGenerator(name = "return_mark_seq", sequenceName = "return_mark_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "return_mark_seq")
    private Long id;

    @Version
    private long version;

    @Enumerated(EnumType.STRING)
    @Column(name = "application_kind", nullable = false, length = 30, updatable = false)
    private ApplicationKind kind;

    @Column(name = "application_id", nullable = false, updatable = false)
    private Long applicationId;

    @Column(name = "enterprise_uscc", nullable = false, length = 18, updatable = false)
    private String enterpriseUscc;

    /** The number of the 申报 that was returned: 1 for the first (as {@code Declaration.round}). */
    @Column(name = "declaration_round", nullable = false, updatable = false)
    private int round;

    /** The field's name on the kind's form ({@code DeclaredField.field}); null for an attachment's mark. */
    @Column(name = "field_name", length = 64, updatable = false)
    private String field;

    /** The field's stored value when it was marked ({@code DeclaredField.value}). */
    @Column(name = "field_value", length = 1000, updatable = false)
    private String fieldValue;

    @Column(name = "attachment_id", updatable = false)
    private Long attachmentId;

    @Column(name = "document_type", length = 32, updatable = false)
    private String documentType;

    @Column(name = "file_name", length = 200, updatable = false)
    private String fileName;

    @Column(nullable = false, length = MarkRules.MAX_NOTE_LENGTH, updatable = false)
    private String note;

    @Column(name = "created_by", nullable = false, length = 64, updatable = false)
    private String createdBy;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "cleared_by", length = 64)
    private String clearedBy;

    @Column(name = "cleared_at")
    private Instant clearedAt;

    protected ReturnMark() {
    }

    private ReturnMark(MarkTarget target, String note, String createdBy, Instant createdAt) {
        this.kind = target.kind();
        this.applicationId = target.applicationId();
        this.enterpriseUscc = target.enterpriseUscc();
        this.round = target.round();
        this.note = note;
        this.createdBy = createdBy;
        this.createdAt = createdAt;
    }

    static ReturnMark onField(MarkTarget target, String field, String value, String note, String by, Instant at) {
        ReturnMark mark = new ReturnMark(target, note, by, at);
        mark.field = field;
        mark.fieldValue = value;
        return mark;
    }

    static ReturnMark onAttachment(MarkTarget target, Long attachmentId, String documentType, String fileName, String note,
                                   String by, Instant at) {
        ReturnMark mark = new ReturnMark(target, note, by, at);
        mark.attachmentId = attachmentId;
        mark.documentType = documentType;
        mark.fileName = fileName;
        return mark;
    }

    /** The application and round a return's marks are made on. */
    record MarkTarget(ApplicationKind kind, Long applicationId, String enterpriseUscc, int round) {
    }

    void clear(String by, Instant at) {
        if (clearedAt == null) {
            clearedBy = by;
            clearedAt = at;
        }
    }

    /** True when the field's value now differs from the one it had when marked (no value and an empty one are the same). */
    boolean changedTo(String value) {
        return !Objects.equals(normal(fieldValue), normal(value));
    }

    private static String normal(String value) {
        return value == null ? "" : value;
    }

    public boolean isOnField() {
        return field != null;
    }

    public boolean isOpen() {
        return clearedAt == null;
    }

    public Long getId() {
        return id;
    }

    public ApplicationKind getKind() {
        return kind;
    }

    public Long getApplicationId() {
        return applicationId;
    }

    public String getEnterpriseUscc() {
        return enterpriseUscc;
    }

    public int getRound() {
        return round;
    }

    public String getField() {
        return field;
    }

    public String getFieldValue() {
        return fieldValue;
    }

    public Long getAttachmentId() {
        return attachmentId;
    }

    public String getDocumentType() {
        return documentType;
    }

    public String getFileName() {
        return fileName;
    }

    public String getNote() {
        return note;
    }

    public String getCreatedBy() {
        return createdBy;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public String getClearedBy() {
        return clearedBy;
    }

    public Instant getClearedAt() {
        return clearedAt;
    }
}
