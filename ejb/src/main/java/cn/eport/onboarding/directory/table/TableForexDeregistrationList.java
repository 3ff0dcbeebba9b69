package cn.eport.onboarding.directory.table;

import cn.eport.onboarding.directory.Directory;
import cn.eport.onboarding.directory.ForexDeregistration;
import cn.eport.onboarding.directory.ForexDeregistrationList;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Typed;

/**
 * {@link ForexDeregistrationList} over the table {@code dir_forex_dereg} (the default adapter). Typed to its class
 * only: callers get the adapter the configuration chooses, from {@code DirectoryAdapters}.
 */
@ApplicationScoped
@Typed(TableForexDeregistrationList.class)
public class TableForexDeregistrationList extends TableByUscc<ForexDeregistration, ForexDeregistrationEntry> implements ForexDeregistrationList {

    public TableForexDeregistrationList() {
        super(Directory.FOREX_DEREGISTRATIONS, ForexDeregistrationEntry.class, ForexDeregistrationEntry::toRecord);
    }
}
