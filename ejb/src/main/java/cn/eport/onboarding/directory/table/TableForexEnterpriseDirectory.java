package cn.eport.onboarding.directory.table;

import cn.eport.onboarding.directory.Directory;
import cn.eport.onboarding.directory.ForexEnterpriseDirectory;
import cn.eport.onboarding.directory.ForexEnterpriseRecord;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Typed;

/**
 * {@link ForexEnterpriseDirectory} over the table {@code dir_forex_enterprise} (the default adapter). Typed to its class
 * only: callers get the adapter the configuration chooses, from {@code DirectoryAdapters}.
 */
@ApplicationScoped
@Typed(TableForexEnterpriseDirectory.class)
public class TableForexEnterpriseDirectory extends TableByUscc<ForexEnterpriseRecord, ForexEnterpriseEntry> implements ForexEnterpriseDirectory {

    public TableForexEnterpriseDirectory() {
        super(Directory.FOREX_ENTERPRISES, ForexEnterpriseEntry.class, ForexEnterpriseEntry::toRecord);
    }
}
