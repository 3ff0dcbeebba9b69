package cn.eport.onboarding.directory.table;

import cn.eport.onboarding.directory.RegistryRecord;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

/** A row of {@code dir_registry_record}: one {@link RegistryRecord} per USCC. */
@Entity
@Table(name = "dir_registry_record")
public class RegistryEntry extends DirectoryEntry {

    @Column(name = "enterprise_name", nullable = false, length = 200)
    private String enterpriseName;

    @Column(name = "legal_person_name", length = 100)
    private String legalPersonName;

    @Column(name = "legal_person_type", length = 16)
    private String legalPersonTypeCode;

    @Column(name = "enterprise_type", length = 16)
    private String enterpriseTypeCode;

    @Column(name = "status_code", nullable = false, length = 16)
    private String statusCode;

    @Column(name = "registered_capital", precision = 20, scale = 6)
    private BigDecimal registeredCapital;

    @Column(name = "capital_unit", length = 16)
    private String capitalUnitCode;

    @Column(length = 300)
    private String address;

    @Column(name = "issuing_authority_name", length = 200)
    private String issuingAuthorityName;

    @Column(name = "registration_authority", length = 16)
    private String registrationAuthorityCode;

    @Column(name = "established_on")
    private LocalDate establishedOn;

    @Column(name = "business_scope", length = 4000)
    private String businessScope;

    protected RegistryEntry() {
    }

    public RegistryEntry(RegistryRecord record, Instant syncedAt) {
        super(record.uscc(), syncedAt);
        enterpriseName = record.enterpriseName();
        legalPersonName = record.legalPersonName();
        legalPersonTypeCode = record.legalPersonTypeCode();
        enterpriseTypeCode = record.enterpriseTypeCode();
        statusCode = record.statusCode();
        registeredCapital = record.registeredCapital();
        capitalUnitCode = record.capitalUnitCode();
        address = record.address();
        issuingAuthorityName = record.issuingAuthorityName();
        registrationAuthorityCode = record.registrationAuthorityCode();
        establishedOn = record.establishedOn();
        businessScope = record.businessScope();
    }

    public RegistryRecord toRecord() {
        return new RegistryRecord(getUscc(), enterpriseName, legalPersonName, legalPersonTypeCode, enterpriseTypeCode,
                statusCode, registeredCapital, capitalUnitCode, address, issuingAuthorityName,
                registrationAuthorityCode, establishedOn, businessScope);
    }
}
