package cn.eport.onboarding.directory.table;

import cn.eport.onboarding.directory.ForexEnterpriseRecord;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

import java.time.Instant;

/** A row of {@code dir_forex_enterprise}: the forex enterprise directory (外汇企业名录). */
@Entity
@Table(name = "dir_forex_enterprise")
public class ForexEnterpriseEntry extends DirectoryEntry {

    @Column(name = "enterprise_name", nullable = false, length = 200)
    private String enterpriseName;

    @Column(name = "legal_person_name", length = 100)
    private String legalPersonName;

    @Column(name = "forex_bureau", nullable = false, length = 16)
    private String forexBureauCode;

    protected ForexEnterpriseEntry() {
    }

    public ForexEnterpriseEntry(ForexEnterpriseRecord record, Instant syncedAt) {
        super(record.uscc(), syncedAt);
        enterpriseName = record.enterpriseName();
        legalPersonName = record.legalPersonName();
        forexBureauCode = record.forexBureauCode();
    }

    public ForexEnterpriseRecord toRecord() {
        return new ForexEnterpriseRecord(getUscc(), enterpriseName, legalPersonName, forexBureauCode);
    }
}
