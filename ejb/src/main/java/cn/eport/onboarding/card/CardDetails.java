package cn.eport.onboarding.card;

import cn.eport.onboarding.validation.IdDocument;
import cn.eport.onboarding.validation.IdType;
import cn.eport.onboarding.validation.ValidIdDocument;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

import java.io.Serializable;

/**
 * The fields of the 补办法人卡 form that the user completes: the reason, the legal person's ID
 * document, where the card is issued and whom to contact. The ID type is a code of the ID_TYPE code
 * table; its number is checked by that type ({@link ValidIdDocument}).
 */
@Embeddable
@ValidIdDocument
public class CardDetails implements IdDocument, Serializable {

    private static final long serialVersionUID = 1L;

    public static final int MAX_REASON_OTHER = 200;
    public static final int MAX_ID_NUMBER = 30;
    public static final int MAX_CONTACT_NAME = 50;
    public static final int MAX_CONTACT_PHONE = 30;

    @Enumerated(EnumType.STRING)
    @Column(name = "reissue_reason", length = 20)
    private ReissueReason reason;

    @Column(name = "reissue_reason_other", length = MAX_REASON_OTHER)
    private String reasonOther;

    @Column(name = "id_type", length = 10)
    private String idTypeCode;

    @Column(name = "id_number", length = MAX_ID_NUMBER)
    private String idNumber;

    @Column(name = "customs_district_code", length = 4)
    private String customsDistrictCode;

    @Column(name = "card_issuer_code", length = 4)
    private String cardIssuerCode;

    @Column(name = "contact_name", length = MAX_CONTACT_NAME)
    private String contactName;

    @Column(name = "contact_phone", length = MAX_CONTACT_PHONE)
    private String contactPhone;

    public CardDetails copy() {
        CardDetails c = new CardDetails();
        c.reason = reason;
        c.reasonOther = reasonOther;
        c.idTypeCode = idTypeCode;
        c.idNumber = idNumber;
        c.customsDistrictCode = customsDistrictCode;
        c.cardIssuerCode = cardIssuerCode;
        c.contactName = contactName;
        c.contactPhone = contactPhone;
        return c;
    }

    /** The checked ID type of {@link #getIdTypeCode()}; null when none is chosen or the code is not one the system checks. */
    @Override
    public IdType getIdType() {
        return idTypeCode == null ? null : IdType.fromCode(idTypeCode).orElse(null);
    }

    public ReissueReason getReason() {
        return reason;
    }

    public void setReason(ReissueReason reason) {
        this.reason = reason;
    }

    public String getReasonOther() {
        return reasonOther;
    }

    public void setReasonOther(String reasonOther) {
        this.reasonOther = reasonOther;
    }

    public String getIdTypeCode() {
        return idTypeCode;
    }

    public void setIdTypeCode(String idTypeCode) {
        this.idTypeCode = idTypeCode;
    }

    @Override
    public String getIdNumber() {
        return idNumber;
    }

    public void setIdNumber(String idNumber) {
        this.idNumber = idNumber;
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
