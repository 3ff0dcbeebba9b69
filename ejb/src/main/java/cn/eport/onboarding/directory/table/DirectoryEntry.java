package cn.eport.onboarding.directory.table;

import jakarta.persistence.Column;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Version;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;

/**
 * What every directory table row has: a key from the shared sequence {@code dir_entry_seq}, a
 * version, the enterprise's USCC and when the row was last written from the directory's source.
 */
@MappedSuperclass
public abstract class DirectoryEntry {

    @Id
    @SequenceGenerator(name = "dir_entry_seq", sequenceName = "dir_entry_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "dir_entry_seq")
    private Long id;

    @Version
    private long version;

    @Column(nullable = false, length = 18)
    private String uscc;

    @Column(name = "synced_at", nullable = false)
    private Instant syncedAt;

    /** The day a complete snapshot of the directory no longer listed the row (code-table-sync); null while listed. */
    @Column(name = "retired_on")
    private LocalDate retiredOn;

    protected DirectoryEntry() {
    }

    protected DirectoryEntry(String uscc, Instant syncedAt) {
        this.uscc = Objects.requireNonNull(uscc, "uscc");
        this.syncedAt = Objects.requireNonNull(syncedAt, "syncedAt");
    }

    public Long getId() {
        return id;
    }

    public String getUscc() {
        return uscc;
    }

    /** When the row was last written from the directory's source (demo data, batch job). */
    public Instant getSyncedAt() {
        return syncedAt;
    }

    /** Null while the directory lists the row; the look-ups ignore retired rows. */
    public LocalDate getRetiredOn() {
        return retiredOn;
    }
}
