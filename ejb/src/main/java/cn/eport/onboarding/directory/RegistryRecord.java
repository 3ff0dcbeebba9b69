package cn.eport.onboarding.directory;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Set;

/**
 * What the business registry (工商) knows about an enterprise: the back-fill data of the
 * 三证合一 form (F-12). Codes are the codes of the code tables, kept as plain strings.
 *
 * @param uscc                      unified social credit code, 18 characters (required)
 * @param enterpriseName            企业名称 (required)
 * @param legalPersonName           企业法人 / legal representative
 * @param legalPersonTypeCode       法人类型, code list LEGAL_PERSON_TYPE
 * @param enterpriseTypeCode        企业类型, code list ENTERPRISE_TYPE
 * @param statusCode                企业状态, code list ENTERPRISE_STATUS (required)
 * @param registeredCapital         注册资金 amount, not negative
 * @param capitalUnitCode           注册资金 unit, code list CAPITAL_UNIT ({@code YUAN}, {@code WAN_YUAN})
 * @param address                   住所
 * @param issuingAuthorityName      发证机构名称
 * @param registrationAuthorityCode 工商审核单位代码 (6-digit division code of the authority)
 * @param establishedOn             成立日期
 * @param businessScope             经营范围
 */
public record RegistryRecord(String uscc, String enterpriseName, String legalPersonName,
                             String legalPersonTypeCode, String enterpriseTypeCode, String statusCode,
                             BigDecimal registeredCapital, String capitalUnitCode, String address,
                             String issuingAuthorityName, String registrationAuthorityCode,
                             LocalDate establishedOn, String businessScope) {

    /** ENTERPRISE_STATUS 1 存续（在营、开业、在册）. */
    public static final String STATUS_ACTIVE = "1";
    /** ENTERPRISE_STATUS 4 注销. */
    public static final String STATUS_DEREGISTERED = "4";

    /**
     * ENTERPRISE_STATUS codes that F-13 refuses on 申报: 2 吊销未注销, 3 吊销已注销, 4 注销
     * (the enterprise must first obtain a normal-status certificate from the local registry).
     */
    public static final Set<String> DEREGISTERED_OR_REVOKED = Set.of("2", "3", STATUS_DEREGISTERED);

    public RegistryRecord {
        uscc = Fields.required(uscc, "uscc");
        enterpriseName = Fields.required(enterpriseName, "enterpriseName");
        statusCode = Fields.required(statusCode, "statusCode");
        legalPersonName = Fields.optional(legalPersonName);
        legalPersonTypeCode = Fields.optional(legalPersonTypeCode);
        enterpriseTypeCode = Fields.optional(enterpriseTypeCode);
        capitalUnitCode = Fields.optional(capitalUnitCode);
        address = Fields.optional(address);
        issuingAuthorityName = Fields.optional(issuingAuthorityName);
        registrationAuthorityCode = Fields.optional(registrationAuthorityCode);
        businessScope = Fields.optional(businessScope);
        if (registeredCapital != null) {
            if (registeredCapital.signum() < 0) {
                throw new IllegalArgumentException("registeredCapital must not be negative");
            }
            // one value, one representation: 500, 500.0 and 500.0000 are the same amount
            registeredCapital = registeredCapital.stripTrailingZeros();
            if (registeredCapital.scale() < 0) {
                registeredCapital = registeredCapital.setScale(0);
            }
        }
    }

    /** Whether the registry status forbids declaring the 三证合一 application (F-13). */
    public boolean deregisteredOrRevoked() {
        return DEREGISTERED_OR_REVOKED.contains(statusCode);
    }
}
