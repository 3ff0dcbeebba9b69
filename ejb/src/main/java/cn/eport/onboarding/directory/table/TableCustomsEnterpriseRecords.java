package cn.eport.onboarding.directory.table;

import cn.eport.onboarding.directory.CustomsEnterpriseRecord;
import cn.eport.onboarding.directory.CustomsEnterpriseRecords;
import cn.eport.onboarding.directory.Directory;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Typed;

/**
 * {@link CustomsEnterpriseRecords} over the table {@code dir_customs_record} (the default adapter). Typed to its class
 * only: callers get the adapter the configuration chooses, from {@code DirectoryAdapters}.
 */
@ApplicationScoped
@Typed(TableCustomsEnterpriseRecords.class)
public class TableCustomsEnterpriseRecords extends TableByUscc<CustomsEnterpriseRecord, CustomsRecordEntry> implements CustomsEnterpriseRecords {

    public TableCustomsEnterpriseRecords() {
        super(Directory.CUSTOMS_RECORDS, CustomsRecordEntry.class, CustomsRecordEntry::toRecord);
    }
}
