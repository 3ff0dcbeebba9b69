package cn.eport.onboarding.mofcom;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * The fields of the 对外贸易经营者备案登记表 (F-20): what the enterprise completes and what the server
 * takes from its approved 三证合一 record and its USCC (经营者中文名称, 组织机构代码, 住所, 工商登记注册号,
 * where known 工商登记注册日期 and 注册资金), whatever the browser sends. Amounts are in 万元 and 万美元
 * as on the form; the 主管机关 is a code of the MOFCOM_AUTHORITY code table.
 */
@Embeddable
public class MofcomDetails implements Serializable {

    private static final long serialVersionUID = 1L;

    public static final int MAX_NAME = 200;
    public static final int MAX_ADDRESS = 200;
    public static final int MAX_PHONE = 30;
    public static final int MAX_EMAIL = 100;
    public static final int MAX_REMARKS = 500;

    @Column(name = "operator_name_zh", length = MAX_NAME)
    private String operatorNameZh;

    @Column(name = "operator_name_en", length = MAX_NAME)
    private String operatorNameEn;

    @Column(name = "organization_code", length = 9)
    private String organizationCode;

    @Enumerated(EnumType.STRING)
    @Column(name = "operator_type", length = 20)
    private OperatorType operatorType;

    @Column(name = "residence", length = MAX_ADDRESS)
    private String residence;

    @Column(name = "premises_zh", length = MAX_ADDRESS)
    private String premisesZh;

    @Column(name = "premises_en", length = MAX_ADDRESS)
    private String premisesEn;

    @Column(name = "phone", length = MAX_PHONE)
    private String phone;

    @Column(name = "fax", length = MAX_PHONE)
    private String fax;

    @Column(name = "postcode", length = 6)
    private String postcode;

    @Column(name = "email", length = MAX_EMAIL)
    private String email;

    @Column(name = "business_reg_date")
    private LocalDate businessRegistrationDate;

    @Column(name = "business_reg_number", length = 18)
    private String businessRegistrationNumber;

    @Column(name = "registered_capital", precision = 18, scale = 4)
    private BigDecimal registeredCapital;

    @Column(name = "capital_usd", precision = 18, scale = 4)
    private BigDecimal capitalUsd;

    @Column(name = "authority_code", length = 6)
    private String authorityCode;

    @Column(name = "remarks", length = MAX_REMARKS)
    private String remarks;

    /** The 主管海关 of the enterprise's 三证合一 record: where the review console files the filing. */
    @Column(name = "customs_district_code", length = 4)
    private String customsDistrictCode;

    public MofcomDetails copy() {
        MofcomDetails c = new MofcomDetails();
        c.operatorNameZh = operatorNameZh;
        c.operatorNameEn = operatorNameEn;
        c.organizationCode = organizationCode;
        c.operatorType = operatorType;
        c.residence = residence;
        c.premisesZh = premisesZh;
        c.premisesEn = premisesEn;
        c.phone = phone;
        c.fax = fax;
        c.postcode = postcode;
        c.email = email;
        c.businessRegistrationDate = businessRegistrationDate;
        c.businessRegistrationNumber = businessRegistrationNumber;
        c.registeredCapital = registeredCapital;
        c.capitalUsd = capitalUsd;
        c.authorityCode = authorityCode;
        c.remarks = remarks;
        c.customsDistrictCode = customsDistrictCode;
        return c;
    }

    public String getOperatorNameZh() {
        return operatorNameZh;
    }

    public void setOperatorNameZh(String operatorNameZh) {
        this.operatorNameZh = operatorNameZh;
    }

    public String getOperatorNameEn() {
        return operatorNameEn;
    }

    public void setOperatorNameEn(String operatorNameEn) {
        this.operatorNameEn = operatorNameEn;
    }

    public String getOrganizationCode() {
        return organizationCode;
    }

    public void setOrganizationCode(String organizationCode) {
        this.organizationCode = organizationCode;
    }

    public OperatorType getOperatorType() {
        return operatorType;
    }

    public void setOperatorType(OperatorType operatorType) {
        this.operatorType = operatorType;
    }

    public String getResidence() {
        return residence;
    }

    public void setResidence(String residence) {
        this.residence = residence;
    }

    public String getPremisesZh() {
        return premisesZh;
    }

    public void setPremisesZh(String premisesZh) {
        this.premisesZh = premisesZh;
    }

    public String getPremisesEn() {
        return premisesEn;
    }

    public void setPremisesEn(String premisesEn) {
        this.premisesEn = premisesEn;
    }

    public String getPhone() {
        return phone;
    }

    public void setPhone(String phone) {
        this.phone = phone;
    }

    public String getFax() {
        return fax;
    }

    public void setFax(String fax) {
        this.fax = fax;
    }

    public String getPostcode() {
        return postcode;
    }

    public void setPostcode(String postcode) {
        this.postcode = postcode;
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    public LocalDate getBusinessRegistrationDate() {
        return businessRegistrationDate;
    }

    public void setBusinessRegistrationDate(LocalDate businessRegistrationDate) {
        this.businessRegistrationDate = businessRegistrationDate;
    }

    public String getBusinessRegistrationNumber() {
        return businessRegistrationNumber;
    }

    public void setBusinessRegistrationNumber(String businessRegistrationNumber) {
        this.businessRegistrationNumber = businessRegistrationNumber;
    }

    public BigDecimal getRegisteredCapital() {
        return registeredCapital;
    }

    public void setRegisteredCapital(BigDecimal registeredCapital) {
        this.registeredCapital = registeredCapital;
    }

    public BigDecimal getCapitalUsd() {
        return capitalUsd;
    }

    public void setCapitalUsd(BigDecimal capitalUsd) {
        this.capitalUsd = capitalUsd;
    }

    public String getAuthorityCode() {
        return authorityCode;
    }

    public void setAuthorityCode(String authorityCode) {
        this.authorityCode = authorityCode;
    }

    public String getRemarks() {
        return remarks;
    }

    public void setRemarks(String remarks) {
        this.remarks = remarks;
    }

    public String getCustomsDistrictCode() {
        return customsDistrictCode;
    }

    public void setCustomsDistrictCode(String customsDistrictCode) {
        this.customsDistrictCode = customsDistrictCode;
    }
}
