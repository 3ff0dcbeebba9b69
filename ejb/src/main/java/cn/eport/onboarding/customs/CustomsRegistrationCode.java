package cn.eport.onboarding.customs;

/**
 * The 10-digit 海关注册编码 an approved customs filing gets (docs/filings.md, 海关): digits 1–4 the
 * 行政区划 (province and city: the first four digits of the 6-digit GB/T 2260 code), digit 5 the
 * 经济区划, digit 6 the 企业经济类型 (the 三证合一 enterprise type, 1–9), digits 7–10 a sequence number
 * counted per 6-digit prefix, e.g. {@code 1101960001}.
 */
public final class CustomsRegistrationCode {

    /** The last sequence number four digits hold. */
    public static final int LARGEST_SEQUENCE = 9999;

    private CustomsRegistrationCode() {
    }

    /** The first six digits: what the sequence number is counted per. */
    public static String prefix(String divisionCode, String economicZone, String economicType) {
        if (divisionCode == null || !divisionCode.matches("[0-9]{6}")) {
            throw new IllegalArgumentException("a 行政区划 code has 6 digits: " + divisionCode);
        }
        if (economicZone == null || !economicZone.matches("[0-9]")) {
            throw new IllegalArgumentException("a 经济区划 code is one digit: " + economicZone);
        }
        if (economicType == null || !economicType.matches("[1-9]")) {
            throw new IllegalArgumentException("a 企业经济类型 code is one digit 1-9: " + economicType);
        }
        return divisionCode.substring(0, 4) + economicZone + economicType;
    }

    public static String of(String prefix, int sequence) {
        if (prefix == null || !prefix.matches("[0-9]{6}")) {
            throw new IllegalArgumentException("a prefix has 6 digits: " + prefix);
        }
        if (sequence < 1 || sequence > LARGEST_SEQUENCE) {
            throw new IllegalArgumentException("the sequence number has four digits, 0001 to 9999: " + sequence);
        }
        return prefix + String.format("%04d", sequence);
    }
}
