package cn.eport.onboarding.customs;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

import java.io.Serializable;

/**
 * The fields of the 海关备案 form (报关单位情况登记表, F-30..F-32) beyond the enterprise part: 主管海关 and
 * 备案海关 (customs districts, F-32), 企业经营类别, 行政区划, 经济区划, 行业种类, 经营范围 and the customs
 * contact (报关联系人, 联系电话). The 企业经济类型 is not typed: the server copies it from the enterprise type of
 * the approved 三证合一 record, and it is the 6th digit of the 海关注册编码.
 */
@Embeddable
public class CustomsFilingDetails implements Serializable {

    private static final long serialVersionUID = 1L;

    public static final int MAX_BUSINESS_SCOPE = 1000;
    public static final int MAX_CONTACT_NAME = 50;
    public static final int MAX_CONTACT_PHONE = 30;

    /** 主管海关: the review queue files the filing under it. */
    @Column(name = "customs_district_code", length = 4)
    private String customsDistrictCode;

    @Column(name = "filing_customs_code", length = 4)
    private String filingCustomsCode;

    @Column(name = "business_category", length = 2)
    private String businessCategory;

    @Column(name = "division_code", length = 6)
    private String divisionCode;

    @Column(name = "economic_zone", length = 1)
    private String economicZone;

    @Column(name = "economic_type", length = 1)
    private String economicType;

    @Column(name = "industry_code", length = 2)
    private String industryCode;

    @Column(name = "business_scope", length = MAX_BUSINESS_SCOPE)
    private String businessScope;

    @Column(name = "contact_name", length = MAX_CONTACT_NAME)
    private String contactName;

    @Column(name = "contact_phone", length = MAX_CONTACT_PHONE)
    private String contactPhone;

    public CustomsFilingDetails copy() {
        CustomsFilingDetails c = new CustomsFilingDetails();
        c.customsDistrictCode = customsDistrictCode;
        c.filingCustomsCode = filingCustomsCode;
        c.businessCategory = businessCategory;
        c.divisionCode = divisionCode;
        c.economicZone = economicZone;
        c.economicType = economicType;
        c.industryCode = industryCode;
        c.businessScope = businessScope;
        c.contactName = contactName;
        c.contactPhone = contactPhone;
        return c;
    }

    /** 主管海关: a code of the CUSTOMS_DISTRICT table (F-32). */
    public String getCustomsDistrictCode() {
        return customsDistrictCode;
    }

    public void setCustomsDistrictCode(String customsDistrictCode) {
        this.customsDistrictCode = customsDistrictCode;
    }

    /** 备案海关: the customs office the enterprise files with, a code of the CUSTOMS_DISTRICT table (F-32). */
    public String getFilingCustomsCode() {
        return filingCustomsCode;
    }

    public void setFilingCustomsCode(String filingCustomsCode) {
        this.filingCustomsCode = filingCustomsCode;
    }

    /** 企业经营类别: a code of the CUSTOMS_BUSINESS_CATEGORY table. */
    public String getBusinessCategory() {
        return businessCategory;
    }

    public void setBusinessCategory(String businessCategory) {
        this.businessCategory = businessCategory;
    }

    /** 行政区划: a 6-digit code of the ADMINISTRATIVE_DIVISION table (GB/T 2260). */
    public String getDivisionCode() {
        return divisionCode;
    }

    public void setDivisionCode(String divisionCode) {
        this.divisionCode = divisionCode;
    }

    /** 经济区划: a code of the ECONOMIC_ZONE table. */
    public String getEconomicZone() {
        return economicZone;
    }

    public void setEconomicZone(String economicZone) {
        this.economicZone = economicZone;
    }

    /** 企业经济类型, from the 三证合一 record's enterprise type (set by the server). */
    public String getEconomicType() {
        return economicType;
    }

    public void setEconomicType(String economicType) {
        this.economicType = economicType;
    }

    /** 行业种类: a section (门类) of GB/T 4754, code of the INDUSTRY table. */
    public String getIndustryCode() {
        return industryCode;
    }

    public void setIndustryCode(String industryCode) {
        this.industryCode = industryCode;
    }

    public String getBusinessScope() {
        return businessScope;
    }

    public void setBusinessScope(String businessScope) {
        this.businessScope = businessScope;
    }

    /** 报关联系人. */
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
