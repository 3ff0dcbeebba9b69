package cn.eport.onboarding.apitoken;

import cn.eport.onboarding.account.Account;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.Duration;
import java.time.Instant;

/** A personal API token of an account (docs/adr/0030-api-tokens.md): its hash, never the secret. */
@Entity
@Table(name = "api_token")
public class ApiToken {

    public static final int NAME_LENGTH = 60;
    /** Last-used is written at most this often: a busy client does not write on every request. */
    public static final Duration LAST_USED_GRANULARITY = Duration.ofMinutes(1);

    @Id
    @SequenceGenerator(name = "api_token_seq", sequenceName = "api_token_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "api_token_seq")
    private Long id;

    @Version
    private long version;

    @ManyToOne(fetch = FetchType.EAGER, optional = false)
    @JoinColumn(name = "account_id", nullable = false, updatable = false)
    private Account account;

    @Column(name = "token_name", nullable = false, length = NAME_LENGTH, updatable = false)
    private String name;

    @Column(name = "token_hash", nullable = false, length = 64, unique = true, updatable = false)
    private String hash;

    @Column(name = "token_prefix", nullable = false, length = 16, updatable = false)
    private String prefix;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "expires_at", nullable = false, updatable = false)
    private Instant expiresAt;

    @Column(name = "last_used_at")
    private Instant lastUsedAt;

    @Column(name = "revoked_at")
    private Instant revokedAt;

    protected ApiToken() {
    }

    ApiToken(Account account, String name, ApiTokenSecret secret, Instant createdAt, Instant expiresAt) {
        this.account = account;
        this.name = name;
        this.hash = secret.hash();
        this.prefix = secret.displayPrefix();
        this.createdAt = createdAt;
        this.expiresAt = expiresAt;
    }

    ApiTokenStatus statusAt(Instant now) {
        if (revokedAt != null) {
            return ApiTokenStatus.REVOKED;
        }
        return now.isBefore(expiresAt) ? ApiTokenStatus.ACTIVE : ApiTokenStatus.EXPIRED;
    }

    void revoke(Instant now) {
        if (revokedAt == null) {
            revokedAt = now;
        }
    }

    ApiTokenView viewAt(Instant now) {
        return new ApiTokenView(id, name, prefix, createdAt, expiresAt, lastUsedAt, statusAt(now));
    }

    public Long getId() {
        return id;
    }

    public Account getAccount() {
        return account;
    }

    public String getName() {
        return name;
    }

    public String getHash() {
        return hash;
    }
}
