package cn.eport.onboarding.declaration;

import cn.eport.onboarding.audit.Sha256;
import cn.eport.onboarding.workflow.ApplicationKind;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Lob;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.Instant;

/**
 * What one 申报 declared, stored once and never changed (every column is {@code updatable = false};
 * nothing deletes a row): the {@link Declaration} as JSON text ({@link DeclarationJson}) with the
 * SHA-256 of that text, and the columns a list of versions needs without reading it.
 */
@Entity
@Table(name = "declaration_snapshot")
public class DeclarationSnapshot {

    @Id
    @SequenceGenerator(name = "declaration_snapshot_seq", sequenceName = "declaration_snapshot_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "declaration_snapshot_seq")
    @Column(updatable = false)
    private Long id;

    /** Every entity has one (ARCHITECTURE); a snapshot is never updated, so it stays 0. */
    @Version
    private long version;

    @Enumerated(EnumType.STRING)
    @Column(name = "application_kind", nullable = false, length = 30, updatable = false)
    private ApplicationKind applicationKind;

    @Column(name = "application_id", nullable = false, updatable = false)
    private Long applicationId;

    @Column(name = "enterprise_uscc", nullable = false, length = 18, updatable = false)
    private String enterpriseUscc;

    @Column(name = "declaration_round", nullable = false, updatable = false)
    private int round;

    @Column(name = "declared_at", nullable = false, updatable = false)
    private Instant declaredAt;

    @Column(name = "declared_by", nullable = false, length = 64, updatable = false)
    private String declaredBy;

    @Lob
    @Column(name = "content", nullable = false, updatable = false)
    private String content;

    @Column(name = "content_sha256", nullable = false, length = 64, updatable = false)
    private String contentSha256;

    protected DeclarationSnapshot() {
    }

    DeclarationSnapshot(Declaration declaration) {
        this.applicationKind = declaration.kind();
        this.applicationId = declaration.applicationId();
        this.enterpriseUscc = declaration.enterpriseUscc();
        this.round = declaration.round();
        this.declaredAt = declaration.declaredAt();
        this.declaredBy = declaration.declaredBy();
        this.content = DeclarationJson.write(declaration);
        this.contentSha256 = Sha256.hex(content);
    }

    public Long getId() {
        return id;
    }

    public ApplicationKind getApplicationKind() {
        return applicationKind;
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

    public Instant getDeclaredAt() {
        return declaredAt;
    }

    public String getDeclaredBy() {
        return declaredBy;
    }

    /** The declaration as it was stored. */
    public Declaration declaration() {
        return DeclarationJson.read(content);
    }

    /** The JSON text as stored, the text {@link #getContentSha256()} is the hash of. */
    public String getContent() {
        return content;
    }

    public String getContentSha256() {
        return contentSha256;
    }

    public DeclarationVersion version() {
        return new DeclarationVersion(id, round, declaredAt, declaredBy, contentSha256);
    }
}
