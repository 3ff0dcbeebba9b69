package cn.eport.onboarding.operator;

import cn.eport.onboarding.validation.IdDocument;
import cn.eport.onboarding.validation.IdType;
import cn.eport.onboarding.validation.ValidIdDocument;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

import java.io.Serializable;
import java.time.LocalDate;

/**
 * The fields of the 操作员信息预录入 form, as the form edits them and the table stores them, plus the
 * 主管海关 of the enterprise's 三证合一 record (set by the service, for the review queue). The rules
 * read them as an {@link OperatorInput}.
 */
@Embeddable
@ValidIdDocument
public class OperatorDetails implements IdDocument, Serializable {

    private static final long serialVersionUID = 1L;

    @Column(name = "id_type", length = 10)
    private String idTypeCode;

    @Column(name = "id_number", length = OperatorRules.MAX_ID_NUMBER)
    private String idNumber;

    @Column(name = "operator_name", length = OperatorRules.MAX_NAME)
    private String name;

    @Enumerated(EnumType.STRING)
    @Column(name = "gender", length = 10)
    private Gender gender;

    @Column(name = "birth_date")
    private LocalDate birthDate;

    @Column(name = "mobile", length = OperatorRules.MAX_PHONE)
    private String mobile;

    @Column(name = "phone", length = OperatorRules.MAX_PHONE)
    private String phone;

    @Column(name = "email", length = OperatorRules.MAX_EMAIL)
    private String email;

    @Column(name = "address", length = OperatorRules.MAX_ADDRESS)
    private String address;

    @Column(name = "postcode", length = 6)
    private String postcode;

    @Column(name = "customs_district_code", length = 4)
    private String customsDistrictCode;

    public static OperatorDetails of(OperatorInput in) {
        OperatorDetails d = new OperatorDetails();
        d.idTypeCode = in.idType();
        d.idNumber = in.idNumber();
        d.name = in.name();
        d.gender = in.gender();
        d.birthDate = in.birthDate();
        d.mobile = in.mobile();
        d.phone = in.phone();
        d.email = in.email();
        d.address = in.address();
        d.postcode = in.postcode();
        return d;
    }

    /** What the user entered, for the rules. */
    public OperatorInput toInput() {
        return new OperatorInput(idTypeCode, idNumber, name, gender, birthDate, mobile, phone, email, address, postcode);
    }

    public OperatorDetails copy() {
        OperatorDetails c = of(toInput());
        c.customsDistrictCode = customsDistrictCode;
        return c;
    }

    /** The checked ID type of {@link #getIdTypeCode()}; null when none is chosen or the code is not one the system checks. */
    @Override
    public IdType getIdType() {
        return idTypeCode == null ? null : IdType.fromCode(idTypeCode).orElse(null);
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

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public Gender getGender() {
        return gender;
    }

    public void setGender(Gender gender) {
        this.gender = gender;
    }

    public LocalDate getBirthDate() {
        return birthDate;
    }

    public void setBirthDate(LocalDate birthDate) {
        this.birthDate = birthDate;
    }

    public String getMobile() {
        return mobile;
    }

    public void setMobile(String mobile) {
        this.mobile = mobile;
    }

    public String getPhone() {
        return phone;
    }

    public void setPhone(String phone) {
        this.phone = phone;
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    public String getAddress() {
        return address;
    }

    public void setAddress(String address) {
        this.address = address;
    }

    public String getPostcode() {
        return postcode;
    }

    public void setPostcode(String postcode) {
        this.postcode = postcode;
    }

    public String getCustomsDistrictCode() {
        return customsDistrictCode;
    }

    public void setCustomsDistrictCode(String customsDistrictCode) {
        this.customsDistrictCode = customsDistrictCode;
    }
}
