package cn.eport.onboarding.declaration.sealed;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Lob;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** The bytes of one sealed PDF, read only when it is downloaded (BLOB on H2 and Oracle, BYTEA on PostgreSQL). */
@Entity
@Table(name = "sealed_declaration_content")
public class SealedDeclarationContent {

    @Id
    @Column(name = "sealed_id")
    private Long sealedId;

    @Version
    private long version;

    @Lob
    @Column(nullable = false, updatable = false)
    private byte[] content;

    protected SealedDeclarationContent() {
    }

    SealedDeclarationContent(Long sealedId, byte[] content) {
        this.sealedId = sealedId;
        this.content = content.clone();
    }

    public byte[] getContent() {
        return content.clone();
    }
}
