package cn.eport.onboarding.directory.table;

import cn.eport.onboarding.directory.CustomsEnterpriseRecord;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

import java.time.Instant;
import java.time.LocalDate;

/** A row of {@code dir_customs_record}: the customs enterprise-management records (海关企管备案信息). */
@Entity
@Table(name = "dir_customs_record")
public class CustomsRecordEntry extends DirectoryEntry {

    @Column(name = "enterprise_name", length = 200)
    private String enterpriseName;

    @Column(name = "customs_code", nullable = false, length = 10)
    private String customsCode;

    @Column(name = "customs_district", nullable = false, length = 4)
    private String customsDistrictCode;

    @Column(name = "registered_on")
    private LocalDate registeredOn;

    protected CustomsRecordEntry() {
    }

    public CustomsRecordEntry(CustomsEnterpriseRecord record, Instant syncedAt) {
        super(record.uscc(), syncedAt);
        enterpriseName = record.enterpriseName();
        customsCode = record.customsCode();
        customsDistrictCode = record.customsDistrictCode();
        registeredOn = record.registeredOn();
    }

    public CustomsEnterpriseRecord toRecord() {
        return new CustomsEnterpriseRecord(getUscc(), enterpriseName, customsCode, customsDistrictCode, registeredOn);
    }
}
