package cn.eport.onboarding.validation;

import java.util.Arrays;
import java.util.Optional;

/**
 * The ID document types (证件类别) whose numbers the system checks. The codes are the ID_TYPE codes
 * of the code table (tax-system ID type codes); the two residence permits use the tax system's
 * codes 237 and 238.
 */
public enum IdType {

    /** 居民身份证: 18 digits (GB 11643) or the 15-digit first-generation number. */
    RESIDENT_ID("201"),
    /** 港澳居民来往内地通行证: H/M and 8 or 10 digits. */
    HK_MACAO_TRAVEL_PERMIT("210"),
    /** 台湾居民来往大陆通行证: 8 or 10 digits. */
    TAIWAN_TRAVEL_PERMIT("213"),
    /** 中国护照. */
    CHINESE_PASSPORT("227"),
    /** 外国护照. */
    FOREIGN_PASSPORT("208"),
    /** 外国人永久居留身份证: 2023 form (18 digits starting with 9) and 2017 form (15 characters). */
    FOREIGN_PERMANENT_RESIDENT_ID("233"),
    /** 港澳居民居住证: 18 digits starting with 810000 or 820000. */
    HK_MACAO_RESIDENCE_PERMIT("237"),
    /** 台湾居民居住证: 18 digits starting with 830000. */
    TAIWAN_RESIDENCE_PERMIT("238");

    private final String code;

    IdType(String code) {
        this.code = code;
    }

    /** The stable code stored with a document and used by the ID_TYPE code table. */
    public String code() {
        return code;
    }

    public static Optional<IdType> fromCode(String code) {
        return Arrays.stream(values()).filter(t -> t.code.equals(code)).findFirst();
    }
}
