package cn.eport.onboarding.attachment;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Lob;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/**
 * The bytes of one attachment, in a table of their own (docs/adr/0010-attachment-storage.md):
 * read only when the file is downloaded. BLOB on H2 and Oracle, BYTEA on PostgreSQL.
 */
@Entity
@Table(name = "attachment_content")
public class AttachmentContent {

    @Id
    @Column(name = "attachment_id")
    private Long attachmentId;

    @Version
    private long version;

    @Lob
    @Column(nullable = false, updatable = false)
    private byte[] content;

    protected AttachmentContent() {
    }

    AttachmentContent(Long attachmentId, byte[] content) {
        this.attachmentId = attachmentId;
        this.content = content.clone();
    }

    public Long getAttachmentId() {
        return attachmentId;
    }

    public byte[] getContent() {
        return content.clone();
    }
}
