package cn.eport.onboarding.audit;

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

/**
 * One entry of the audit trail: who did what to which record, when. Entries are only ever
 * added. They never hold passwords or file contents.
 */
@Entity
@Table(name = "audit_event")
public class AuditEvent {

    @Id
    @SequenceGenerator(name = "audit_event_seq", sequenceName = "audit_event_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "audit_event_seq")
    private Long id;

    @Version
    private long version;

    @Column(name = "occurred_at", nullable = false)
    private Instant occurredAt;

    @Column(nullable = false, length = 64)
    private String actor;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 40)
    private AuditAction action;

    @Column(name = "subject_type", nullable = false, length = 40)
    private String subjectType;

    @Column(name = "subject_id", length = 64)
    private String subjectId;

    @Column(name = "enterprise_uscc", length = 18)
    private String enterpriseUscc;

    @Column(length = 1000)
    private String detail;

    @Column(name = "parent_type", length = 40)
    private String parentType;

    @Column(name = "parent_id", length = 64)
    private String parentId;

    /**
     * Set only on entries that may be written once per period ({@link AccessRefusals}): unique, so
     * that of two concurrent writers of the same entry only one is stored.
     */
    @Column(name = "dedup_key", length = 64, updatable = false)
    private String dedupKey;

    protected AuditEvent() {
    }

    public AuditEvent(Instant occurredAt, String actor, AuditAction action, String subjectType, String subjectId,
                      String enterpriseUscc, String detail) {
        this.occurredAt = occurredAt;
        this.actor = actor;
        this.action = action;
        this.subjectType = subjectType;
        this.subjectId = subjectId;
        this.enterpriseUscc = enterpriseUscc;
        this.detail = detail == null || detail.length() <= 1000 ? detail : detail.substring(0, 999) + "…";
    }

    /** An entry about a part of a record (a file of an application), naming that record too. */
    public AuditEvent(Instant occurredAt, String actor, AuditAction action, String subjectType, String subjectId,
                      String enterpriseUscc, String detail, AuditParent parent) {
        this(occurredAt, actor, action, subjectType, subjectId, enterpriseUscc, detail);
        this.parentType = parent.type();
        this.parentId = parent.id();
    }

    /** An entry that is stored at most once under this key (unique in the table). */
    AuditEvent once(String key) {
        this.dedupKey = key;
        return this;
    }

    public Long getId() {
        return id;
    }

    public Instant getOccurredAt() {
        return occurredAt;
    }

    public String getActor() {
        return actor;
    }

    public AuditAction getAction() {
        return action;
    }

    public String getSubjectType() {
        return subjectType;
    }

    public String getSubjectId() {
        return subjectId;
    }

    public String getEnterpriseUscc() {
        return enterpriseUscc;
    }

    public String getDetail() {
        return detail;
    }

    /** The record this entry's subject is part of, if any. */
    public java.util.Optional<AuditParent> getParent() {
        return parentType == null ? java.util.Optional.empty() : java.util.Optional.of(new AuditParent(parentType, parentId));
    }
}
