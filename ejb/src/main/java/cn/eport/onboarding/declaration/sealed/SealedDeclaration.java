package cn.eport.onboarding.declaration.sealed;

import cn.eport.onboarding.declaration.Declaration;
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
 * The sealed PDF of one 申报, without its bytes ({@link SealedDeclarationContent}): which snapshot,
 * application and round it seals, its size and SHA-256 (also in the audit entry). Written once, never changed.
 */
@Entity
@Table(name = "sealed_declaration")
public class SealedDeclaration {

    @Id
    @SequenceGenerator(name = "sealed_declaration_seq", sequenceName = "sealed_declaration_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "sealed_declaration_seq")
    private Long id;

    @Version
    private long version;

    @Column(name = "snapshot_id", nullable = false, updatable = false)
    private Long snapshotId;

    @Enumerated(EnumType.STRING)
    @Column(name = "application_kind", nullable = false, length = 30, updatable = false)
    private ApplicationKind applicationKind;

    @Column(name = "application_id", nullable = false, updatable = false)
    private Long applicationId;

    @Column(name = "application_no", nullable = false, length = 20, updatable = false)
    private String applicationNumber;

    @Column(name = "round_no", nullable = false, updatable = false)
    private int round;

    @Column(name = "enterprise_uscc", nullable = false, length = 18, updatable = false)
    private String enterpriseUscc;

    @Column(name = "content_size", nullable = false, updatable = false)
    private long size;

    @Column(nullable = false, length = 64, updatable = false)
    private String sha256;

    @Column(name = "declared_by", nullable = false, length = 64, updatable = false)
    private String declaredBy;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    protected SealedDeclaration() {
    }

    SealedDeclaration(Long snapshotId, Declaration declaration, long size, String sha256, Instant createdAt) {
        this.snapshotId = snapshotId;
        this.applicationKind = declaration.kind();
        this.applicationId = declaration.applicationId();
        this.applicationNumber = declaration.number();
        this.round = declaration.round();
        this.enterpriseUscc = declaration.enterpriseUscc();
        this.declaredBy = declaration.declaredBy();
        this.size = size;
        this.sha256 = sha256;
        this.createdAt = createdAt;
    }

    public Long getId() {
        return id;
    }

    public Long getSnapshotId() {
        return snapshotId;
    }

    public ApplicationKind getApplicationKind() {
        return applicationKind;
    }

    public Long getApplicationId() {
        return applicationId;
    }

    public String getApplicationNumber() {
        return applicationNumber;
    }

    public int getRound() {
        return round;
    }

    public String getEnterpriseUscc() {
        return enterpriseUscc;
    }

    public long getSize() {
        return size;
    }

    public String getSha256() {
        return sha256;
    }

    public String getDeclaredBy() {
        return declaredBy;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    /** The download's file name: the 编号 and the round, {@code SZ2026-000123-1.pdf}. */
    public String fileName() {
        return applicationNumber + "-" + round + ".pdf";
    }
}
