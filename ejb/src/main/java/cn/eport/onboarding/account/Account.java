package cn.eport.onboarding.account;

import cn.eport.onboarding.enterprise.Enterprise;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.Instant;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Set;

/** A user of the system. An ENTERPRISE account belongs to exactly one enterprise. */
@Entity
@Table(name = "account")
public class Account {

    @Id
    @SequenceGenerator(name = "account_seq", sequenceName = "account_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "account_seq")
    private Long id;

    @Version
    private long version;

    @Column(nullable = false, unique = true, length = 64)
    private String username;

    @Column(name = "password_hash", nullable = false, length = 200)
    private String passwordHash;

    @Column(name = "display_name", nullable = false, length = 100)
    private String displayName;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "account_role", joinColumns = @JoinColumn(name = "account_id"))
    @Enumerated(EnumType.STRING)
    @Column(name = "role_name", nullable = false, length = 32)
    private Set<Role> roles = EnumSet.noneOf(Role.class);

    @ManyToOne(fetch = FetchType.EAGER)
    @JoinColumn(name = "enterprise_id")
    private Enterprise enterprise;

    @Column(name = "failed_attempts", nullable = false)
    private int failedAttempts;

    @Column(name = "locked_until")
    private Instant lockedUntil;

    @Column(name = "last_login_at")
    private Instant lastLoginAt;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected Account() {
    }

    public Account(String username, String passwordHash, String displayName, Set<Role> roles,
                   Enterprise enterprise, Instant createdAt) {
        if (roles.isEmpty()) {
            throw new IllegalArgumentException("An account needs at least one role");
        }
        if (roles.contains(Role.ENTERPRISE) != (enterprise != null)) {
            throw new IllegalArgumentException(
                    "An ENTERPRISE account belongs to exactly one enterprise; other accounts to none");
        }
        this.username = normalizeUsername(username);
        this.passwordHash = passwordHash;
        this.displayName = displayName;
        this.roles = EnumSet.copyOf(roles);
        this.enterprise = enterprise;
        this.createdAt = createdAt;
    }

    /** Usernames are compared without surrounding blanks and case-insensitively. */
    public static String normalizeUsername(String username) {
        return username == null ? "" : username.strip().toLowerCase(java.util.Locale.ROOT);
    }

    public boolean isLockedAt(Instant now) {
        return lockedUntil != null && now.isBefore(lockedUntil);
    }

    /** Counts a failed login; the failure that reaches the policy's limit locks the account. */
    public void recordFailedLogin(Instant now, LoginPolicy policy) {
        if (isLockedAt(now)) {
            return;
        }
        if (lockedUntil != null) {
            lockedUntil = null;
            failedAttempts = 0;
        }
        failedAttempts++;
        if (failedAttempts >= policy.maxConsecutiveFailures()) {
            lockedUntil = now.plus(policy.lockDuration());
            failedAttempts = 0;
        }
    }

    public void recordSuccessfulLogin(Instant now) {
        clearFailures();
        lastLoginAt = now;
    }

    /** Clears failures and any lock, as a successful login does (used when an administrator unlocks). */
    public void clearFailures() {
        failedAttempts = 0;
        lockedUntil = null;
    }

    public void changePasswordHash(String newHash) {
        this.passwordHash = newHash;
    }

    public Long getId() {
        return id;
    }

    public String getUsername() {
        return username;
    }

    public String getPasswordHash() {
        return passwordHash;
    }

    public String getDisplayName() {
        return displayName;
    }

    public Set<Role> getRoles() {
        return Collections.unmodifiableSet(roles);
    }

    public Enterprise getEnterprise() {
        return enterprise;
    }

    public int getFailedAttempts() {
        return failedAttempts;
    }

    public Instant getLockedUntil() {
        return lockedUntil;
    }

    public Instant getLastLoginAt() {
        return lastLoginAt;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }
}
