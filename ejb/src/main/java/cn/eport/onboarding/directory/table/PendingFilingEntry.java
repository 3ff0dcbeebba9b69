package cn.eport.onboarding.directory.table;

import cn.eport.onboarding.directory.FilingKind;
import cn.eport.onboarding.directory.FilingSystem;
import cn.eport.onboarding.directory.PendingFiling;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;

import java.time.Instant;
import java.time.LocalDate;

/** A row of {@code dir_pending_filing}: one unfinished filing per USCC, system and kind. */
@Entity
@Table(name = "dir_pending_filing")
public class PendingFilingEntry extends DirectoryEntry {

    @Enumerated(EnumType.STRING)
    @Column(name = "filing_system", nullable = false, length = 16)
    private FilingSystem system;

    @Enumerated(EnumType.STRING)
    @Column(name = "filing_kind", nullable = false, length = 16)
    private FilingKind kind;

    @Column(name = "pending_since", nullable = false)
    private LocalDate since;

    @Column(name = "filing_reference", length = 64)
    private String reference;

    protected PendingFilingEntry() {
    }

    public PendingFilingEntry(PendingFiling record, Instant syncedAt) {
        super(record.uscc(), syncedAt);
        system = record.system();
        kind = record.kind();
        since = record.since();
        reference = record.reference();
    }

    public PendingFiling toRecord() {
        return new PendingFiling(getUscc(), system, kind, since, reference);
    }
}
