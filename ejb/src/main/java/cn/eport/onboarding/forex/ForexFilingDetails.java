package cn.eport.onboarding.forex;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

import java.io.Serializable;

/**
 * The fields of the 外汇备案 form (贸易外汇收支企业名录登记, F-40..F-43) beyond the enterprise part: the
 * 主管外汇局 that keeps the enterprise's directory entry, the 经营范围, and whom the bureau contacts
 * (外汇联系人, phone, e-mail). 注册地址 and the 主管海关 (the review queue's district) are not typed: the
 * server copies them from the enterprise's approved 三证合一 record, so the filing shows what was filed.
 */
@Embeddable
public class ForexFilingDetails implements Serializable {

    private static final long serialVersionUID = 1L;

    public static final int MAX_BUSINESS_SCOPE = 1000;
    public static final int MAX_CONTACT_NAME = 50;
    public static final int MAX_CONTACT_PHONE = 30;
    public static final int MAX_CONTACT_EMAIL = 100;
    public static final int MAX_REGISTERED_ADDRESS = 200;

    @Column(name = "forex_bureau_code", length = 6)
    private String forexBureauCode;

    @Column(name = "registered_address", length = MAX_REGISTERED_ADDRESS)
    private String registeredAddress;

    @Column(name = "business_scope", length = MAX_BUSINESS_SCOPE)
    private String businessScope;

    @Column(name = "contact_name", length = MAX_CONTACT_NAME)
    private String contactName;

    @Column(name = "contact_phone", length = MAX_CONTACT_PHONE)
    private String contactPhone;

    @Column(name = "contact_email", length = MAX_CONTACT_EMAIL)
    private String contactEmail;

    @Column(name = "customs_district_code", length = 4)
    private String customsDistrictCode;

    public ForexFilingDetails copy() {
        ForexFilingDetails c = new ForexFilingDetails();
        c.forexBureauCode = forexBureauCode;
        c.registeredAddress = registeredAddress;
        c.businessScope = businessScope;
        c.contactName = contactName;
        c.contactPhone = contactPhone;
        c.contactEmail = contactEmail;
        c.customsDistrictCode = customsDistrictCode;
        return c;
    }

    /** 主管外汇局: a code of the FOREX_BUREAU code table (F-43). */
    public String getForexBureauCode() {
        return forexBureauCode;
    }

    public void setForexBureauCode(String forexBureauCode) {
        this.forexBureauCode = forexBureauCode;
    }

    /** 注册地址, from the approved 三证合一 record (set by the server). */
    public String getRegisteredAddress() {
        return registeredAddress;
    }

    public void setRegisteredAddress(String registeredAddress) {
        this.registeredAddress = registeredAddress;
    }

    public String getBusinessScope() {
        return businessScope;
    }

    public void setBusinessScope(String businessScope) {
        this.businessScope = businessScope;
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

    public String getContactEmail() {
        return contactEmail;
    }

    public void setContactEmail(String contactEmail) {
        this.contactEmail = contactEmail;
    }

    /** The 主管海关 of the approved 三证合一 record (set by the server): the review queue files the filing under it. */
    public String getCustomsDistrictCode() {
        return customsDistrictCode;
    }

    public void setCustomsDistrictCode(String customsDistrictCode) {
        this.customsDistrictCode = customsDistrictCode;
    }
}
