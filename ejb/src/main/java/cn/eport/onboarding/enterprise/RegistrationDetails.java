package cn.eport.onboarding.enterprise;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

import java.math.BigDecimal;
import java.time.LocalDate;

/** The fields of the 三证合一 entry form that the user completes (F-13); codes refer to the code tables. */
@Embeddable
public class RegistrationDetails implements java.io.Serializable {

    private static final long serialVersionUID = 1L;

    /** 发证机构名称 starts as this and the user completes the concrete name (F-13). */
    public static final String DEFAULT_ISSUING_AUTHORITY = "工商行政管理局";

    @Column(name = "legal_person_type", length = 2)
    private String legalPersonType;

    @Column(name = "enterprise_type", length = 2)
    private String enterpriseType;

    @Column(name = "enterprise_type_other", length = 100)
    private String enterpriseTypeOther;

    @Column(name = "business_authority_code", length = 12)
    private String businessAuthorityCode;

    @Column(name = "tax_authority_code", length = 12)
    private String taxAuthorityCode;

    @Column(name = "quality_authority_code", length = 12)
    private String qualityAuthorityCode;

    @Column(name = "registered_capital", precision = 18, scale = 4)
    private BigDecimal registeredCapital;

    @Column(name = "capital_unit", length = 10)
    private String capitalUnit;

    @Column(name = "issuing_authority_name", length = 100)
    private String issuingAuthorityName = DEFAULT_ISSUING_AUTHORITY;

    @Column(name = "enterprise_status", length = 2)
    private String enterpriseStatus;

    @Column(name = "customs_district_code", length = 4)
    private String customsDistrictCode;

    @Column(name = "card_issuer_code", length = 4)
    private String cardIssuerCode;

    @Column(name = "registered_address", length = 200)
    private String registeredAddress;

    @Column(name = "establishment_date")
    private LocalDate establishmentDate;

    @Column(name = "contact_name", length = 50)
    private String contactName;

    @Column(name = "contact_phone", length = 30)
    private String contactPhone;

    public RegistrationDetails copy() {
        RegistrationDetails c = new RegistrationDetails();
        c.legalPersonType = legalPersonType;
        c.enterpriseType = enterpriseType;
        c.enterpriseTypeOther = enterpriseTypeOther;
        c.businessAuthorityCode = businessAuthorityCode;
        c.taxAuthorityCode = taxAuthorityCode;
        c.qualityAuthorityCode = qualityAuthorityCode;
        c.registeredCapital = registeredCapital;
        c.capitalUnit = capitalUnit;
        c.issuingAuthorityName = issuingAuthorityName;
        c.enterpriseStatus = enterpriseStatus;
        c.customsDistrictCode = customsDistrictCode;
        c.cardIssuerCode = cardIssuerCode;
        c.registeredAddress = registeredAddress;
        c.establishmentDate = establishmentDate;
        c.contactName = contactName;
        c.contactPhone = contactPhone;
        return c;
    }

    public String getLegalPersonType() {
        return legalPersonType;
    }

    public void setLegalPersonType(String legalPersonType) {
        this.legalPersonType = legalPersonType;
    }

    public String getEnterpriseType() {
        return enterpriseType;
    }

    public void setEnterpriseType(String enterpriseType) {
        this.enterpriseType = enterpriseType;
    }

    public String getEnterpriseTypeOther() {
        return enterpriseTypeOther;
    }

    public void setEnterpriseTypeOther(String enterpriseTypeOther) {
        this.enterpriseTypeOther = enterpriseTypeOther;
    }

    public String getBusinessAuthorityCode() {
        return businessAuthorityCode;
    }

    public void setBusinessAuthorityCode(String businessAuthorityCode) {
        this.businessAuthorityCode = businessAuthorityCode;
    }

    public String getTaxAuthorityCode() {
        return taxAuthorityCode;
    }

    public void setTaxAuthorityCode(String taxAuthorityCode) {
        this.taxAuthorityCode = taxAuthorityCode;
    }

    public String getQualityAuthorityCode() {
        return qualityAuthorityCode;
    }

    public void setQualityAuthorityCode(String qualityAuthorityCode) {
        this.qualityAuthorityCode = qualityAuthorityCode;
    }

    public BigDecimal getRegisteredCapital() {
        return registeredCapital;
    }

    public void setRegisteredCapital(BigDecimal registeredCapital) {
        this.registeredCapital = registeredCapital;
    }

    public String getCapitalUnit() {
        return capitalUnit;
    }

    public void setCapitalUnit(String capitalUnit) {
        this.capitalUnit = capitalUnit;
    }

    public String getIssuingAuthorityName() {
        return issuingAuthorityName;
    }

    public void setIssuingAuthorityName(String issuingAuthorityName) {
        this.issuingAuthorityName = issuingAuthorityName;
    }

    public String getEnterpriseStatus() {
        return enterpriseStatus;
    }

    public void setEnterpriseStatus(String enterpriseStatus) {
        this.enterpriseStatus = enterpriseStatus;
    }

    public String getCustomsDistrictCode() {
        return customsDistrictCode;
    }

    public void setCustomsDistrictCode(String customsDistrictCode) {
        this.customsDistrictCode = customsDistrictCode;
    }

    public String getCardIssuerCode() {
        return cardIssuerCode;
    }

    public void setCardIssuerCode(String cardIssuerCode) {
        this.cardIssuerCode = cardIssuerCode;
    }

    public String getRegisteredAddress() {
        return registeredAddress;
    }

    public void setRegisteredAddress(String registeredAddress) {
        this.registeredAddress = registeredAddress;
    }

    public LocalDate getEstablishmentDate() {
        return establishmentDate;
    }

    public void setEstablishmentDate(LocalDate establishmentDate) {
        this.establishmentDate = establishmentDate;
    }

    public String getContactName() {
        return contactName;
    }

    public void setContactName(String contactName) {
        this.contactName = contactName;
    }

    public String getContactPhone() {
        return contactPhone;
    }

    public void setContactPhone(String contactPhone) {
        this.contactPhone = contactPhone;
    }
}
