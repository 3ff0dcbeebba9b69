package cn.eport.onboarding.enterprise;

import cn.eport.onboarding.validation.Uscc;
import cn.eport.onboarding.validation.UsccValidator;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.Instant;

/**
 * An enterprise known to the system by its unified social credit code (USCC). Enterprise accounts
 * belong to one; its USCC, name and legal person are shown read-only on every enterprise form (F-12).
 */
@Entity
@Table(name = "enterprise")
public class Enterprise {

    @Id
    @SequenceGenerator(name = "enterprise_seq", sequenceName = "enterprise_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "enterprise_seq")
    private Long id;

    @Version
    private long version;

    @Uscc
    @Column(nullable = false, unique = true, length = 18)
    private String uscc;

    @Column(nullable = false, length = 200)
    private String name;

    @Column(name = "legal_person", nullable = false, length = 100)
    private String legalPerson;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected Enterprise() {
    }

    public Enterprise(String uscc, String name, String legalPerson, Instant createdAt) {
        if (!UsccValidator.isValid(uscc)) {
            throw new IllegalArgumentException("Not a valid unified social credit code: " + uscc);
        }
        this.uscc = uscc;
        this.name = name;
        this.legalPerson = legalPerson;
        this.createdAt = createdAt;
    }

    public Long getId() {
        return id;
    }

    public String getUscc() {
        return uscc;
    }

    public String getName() {
        return name;
    }

    public String getLegalPerson() {
        return legalPerson;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }
}
