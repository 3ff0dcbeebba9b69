package cn.eport.onboarding.directory.table;

import cn.eport.onboarding.directory.Directory;
import cn.eport.onboarding.directory.DirectoryResult;
import cn.eport.onboarding.directory.FilingKind;
import cn.eport.onboarding.directory.FilingSystem;
import cn.eport.onboarding.directory.PendingFiling;
import cn.eport.onboarding.directory.PendingFilings;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Typed;
import jakarta.inject.Inject;

import java.util.Objects;

/**
 * {@link PendingFilings} over its table {@code dir_pending_filing} (the default adapter). Typed to
 * its class only: callers get the adapter the configuration chooses through {@code DirectoryAdapters}.
 */
@ApplicationScoped
@Typed(TablePendingFilings.class)
public class TablePendingFilings implements PendingFilings {

    @Inject
    private DirectoryEntryRepository entries;

    @Override
    public DirectoryResult<PendingFiling> find(String uscc, FilingSystem system, FilingKind kind) {
        Objects.requireNonNull(uscc, "uscc");
        Objects.requireNonNull(system, "system");
        return TableLookup.lookUp(Directory.PENDING_FILINGS,
                () -> entries.findOldestPending(uscc, system, kind).map(PendingFilingEntry::toRecord));
    }
}
