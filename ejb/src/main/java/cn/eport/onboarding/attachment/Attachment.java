package cn.eport.onboarding.attachment;

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

/**
 * What is known about an uploaded certificate scan (F-14), without its content, which lives in
 * {@link AttachmentContent} so that lists never load it. The display name is for showing only and
 * is never used as a path; the media type is the one detected from the content.
 * <p>
 * It belongs either to an application or, uploaded while a new application was being entered, to
 * that form's staging key until the form's first 暂存 or 申报 attaches it
 * (docs/adr/0011-attachment-staging.md); never to both.
 */
@Entity
@Table(name = "attachment")
public class Attachment {

    @Id
    @SequenceGenerator(name = "attachment_seq", sequenceName = "attachment_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "attachment_seq")
    private Long id;

    @Version
    private long version;

    @Enumerated(EnumType.STRING)
    @Column(name = "application_kind", nullable = false, length = 30, updatable = false)
    private ApplicationKind applicationKind;

    @Column(name = "application_id")
    private Long applicationId;

    @Column(name = "staging_key", length = 36)
    private String stagingKey;

    @Column(name = "enterprise_uscc", nullable = false, length = 18, updatable = false)
    private String enterpriseUscc;

    @Column(name = "document_type", nullable = false, length = 32)
    private String documentType;

    @Column(name = "display_name", nullable = false, length = 200)
    private String displayName;

    @Column(name = "media_type", nullable = false, length = 40)
    private String mediaType;

    @Column(name = "content_size", nullable = false)
    private long size;

    @Column(nullable = false, length = 64)
    private String sha256;

    @Column(name = "uploaded_by", nullable = false, length = 64)
    private String uploadedBy;

    @Column(name = "uploaded_at", nullable = false)
    private Instant uploadedAt;

    protected Attachment() {
    }

    /** Exactly one of {@code applicationId} and {@code stagingKey} is given. */
    Attachment(ApplicationKind applicationKind, Long applicationId, String stagingKey, String enterpriseUscc,
               String documentType, String displayName, FileKind kind, long size, String sha256, String uploadedBy,
               Instant uploadedAt) {
        if ((applicationId == null) == (stagingKey == null)) {
            throw new IllegalArgumentException("An attachment belongs to an application or to a staging key, not both or neither");
        }
        this.applicationKind = applicationKind;
        this.applicationId = applicationId;
        this.stagingKey = stagingKey;
        this.enterpriseUscc = enterpriseUscc;
        this.documentType = documentType;
        this.displayName = displayName;
        this.mediaType = kind.mediaType();
        this.size = size;
        this.sha256 = sha256;
        this.uploadedBy = uploadedBy;
        this.uploadedAt = uploadedAt;
    }

    public Long getId() {
        return id;
    }

    public long getVersion() {
        return version;
    }

    public ApplicationKind getApplicationKind() {
        return applicationKind;
    }

    /** The application it belongs to; null while it is staged. */
    public Long getApplicationId() {
        return applicationId;
    }

    /** True while it waits, under its form's staging key, for the form's first save. */
    public boolean isStaged() {
        return applicationId == null;
    }

    /** True while it is staged under this form's key for an application of this kind. */
    public boolean isStagedUnder(ApplicationKind kind, String key) {
        return isStaged() && applicationKind == kind && stagingKey.equals(key);
    }

    /** Attaches a staged file to the application its form has just created. */
    void attachTo(Long newApplicationId) {
        if (!isStaged() || newApplicationId == null) {
            throw new IllegalStateException("Attachment " + id + " is not staged");
        }
        this.applicationId = newApplicationId;
        this.stagingKey = null;
    }

    public String getEnterpriseUscc() {
        return enterpriseUscc;
    }

    /** A code of {@link cn.eport.onboarding.codetable.CodeTable#DOCUMENT_TYPE}. */
    public String getDocumentType() {
        return documentType;
    }

    public String getDisplayName() {
        return displayName;
    }

    /** Detected from the content: application/pdf, image/jpeg or image/png. */
    public String getMediaType() {
        return mediaType;
    }

    public long getSize() {
        return size;
    }

    /** SHA-256 of the content, lower-case hex. */
    public String getSha256() {
        return sha256;
    }

    public String getUploadedBy() {
        return uploadedBy;
    }

    public Instant getUploadedAt() {
        return uploadedAt;
    }
}
