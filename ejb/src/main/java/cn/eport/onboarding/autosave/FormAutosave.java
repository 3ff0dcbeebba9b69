package cn.eport.onboarding.autosave;

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
 * The unsaved input of one user's entry form (issue 12 item 4): of a stored application, or of a new
 * form (its request token, no application yet). The payload is ciphertext ({@link AutosaveCipher}).
 */
@Entity
@Table(name = "form_autosave")
public class FormAutosave {

    @Id
    @SequenceGenerator(name = "form_autosave_seq", sequenceName = "form_autosave_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "form_autosave_seq")
    private Long id;

    @Version
    private long version;

    @Column(nullable = false, length = 64, updatable = false)
    private String username;

    @Enumerated(EnumType.STRING)
    @Column(name = "application_kind", nullable = false, length = 30, updatable = false)
    private ApplicationKind kind;

    @Column(name = "application_id", updatable = false)
    private Long applicationId;

    @Column(name = "form_token", nullable = false, length = 36)
    private String formToken;

    @Lob
    @Column(nullable = false)
    private byte[] payload;

    @Column(name = "saved_at", nullable = false)
    private Instant savedAt;

    @Column(name = "expires_at", nullable = false)
    private Instant expiresAt;

    protected FormAutosave() {
    }

    FormAutosave(String username, FormKey key) {
        this.username = username;
        this.kind = key.kind();
        this.applicationId = key.applicationId();
        this.formToken = key.formToken();
    }

    void keep(String formToken, byte[] payload, Instant savedAt, Instant expiresAt) {
        this.formToken = formToken;
        this.payload = payload.clone();
        this.savedAt = savedAt;
        this.expiresAt = expiresAt;
    }

    public Long getId() {
        return id;
    }

    public String getUsername() {
        return username;
    }

    public ApplicationKind getKind() {
        return kind;
    }

    public Long getApplicationId() {
        return applicationId;
    }

    public String getFormToken() {
        return formToken;
    }

    byte[] getPayload() {
        return payload.clone();
    }

    public Instant getSavedAt() {
        return savedAt;
    }

    public Instant getExpiresAt() {
        return expiresAt;
    }
}
