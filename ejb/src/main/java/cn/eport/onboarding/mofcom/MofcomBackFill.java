package cn.eport.onboarding.mofcom;

import cn.eport.onboarding.enterprise.Enterprise;
import cn.eport.onboarding.enterprise.RegistrationDetails;
import cn.eport.onboarding.mofcom.MofcomFilingRules.Field;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.EnumSet;
import java.util.Set;

/**
 * What the 登记表 takes from the enterprise rather than from the user (shown grey and read-only, and
 * applied by the server whatever the browser sends): 经营者中文名称 and 工商登记注册号 (the USCC) from
 * the account's enterprise, 组织机构代码 from the USCC (its 9th to 17th characters, GB 32100), and from
 * the approved 三证合一 record its 住所, 注册资金 (in 万元) and, where it has one, its 成立日期 as the
 * 工商登记注册日期.
 */
public final class MofcomBackFill {

    private static final String YUAN = "YUAN";
    private static final String WAN_YUAN = "WAN_YUAN";
    private static final BigDecimal TEN_THOUSAND = BigDecimal.valueOf(10_000);

    private MofcomBackFill() {
    }

    /**
     * The fields taken from the enterprise.
     *
     * @param registration the details of its approved 三证合一 record, {@code null} when it has none
     */
    public static Set<Field> fields(RegistrationDetails registration) {
        Set<Field> fields = EnumSet.of(Field.OPERATOR_NAME_ZH, Field.ORGANIZATION_CODE, Field.BUSINESS_REGISTRATION_NUMBER);
        if (registration != null) {
            if (registration.getRegisteredAddress() != null) {
                fields.add(Field.RESIDENCE);
            }
            if (capitalInWanYuan(registration) != null) {
                fields.add(Field.REGISTERED_CAPITAL);
            }
            if (registration.getEstablishmentDate() != null) {
                fields.add(Field.BUSINESS_REGISTRATION_DATE);
            }
        }
        return fields;
    }

    /** The details with the back-filled fields set from the enterprise and its 三证合一 record (a copy). */
    public static MofcomDetails applied(MofcomDetails input, Enterprise enterprise, RegistrationDetails registration) {
        MofcomDetails d = input.copy();
        d.setOperatorNameZh(enterprise.getName());
        d.setBusinessRegistrationNumber(enterprise.getUscc());
        d.setOrganizationCode(organizationCode(enterprise.getUscc()));
        if (registration != null) {
            d.setCustomsDistrictCode(registration.getCustomsDistrictCode());
            Set<Field> fields = fields(registration);
            if (fields.contains(Field.RESIDENCE)) {
                d.setResidence(registration.getRegisteredAddress());
            }
            if (fields.contains(Field.REGISTERED_CAPITAL)) {
                d.setRegisteredCapital(capitalInWanYuan(registration));
            }
            if (fields.contains(Field.BUSINESS_REGISTRATION_DATE)) {
                d.setBusinessRegistrationDate(registration.getEstablishmentDate());
            }
        }
        return d;
    }

    /** 组织机构代码 within a USCC: characters 9 to 17 (GB 32100-2015); {@code null} for anything shorter. */
    static String organizationCode(String uscc) {
        return uscc == null || uscc.length() < 17 ? null : uscc.substring(8, 17);
    }

    /** 注册资金 as the 登记表 states it, in 万元; {@code null} when the record has no amount in a known unit. */
    static BigDecimal capitalInWanYuan(RegistrationDetails registration) {
        BigDecimal amount = registration.getRegisteredCapital();
        if (amount == null) {
            return null;
        }
        return switch (String.valueOf(registration.getCapitalUnit())) {
            case WAN_YUAN -> amount;
            case YUAN -> amount.divide(TEN_THOUSAND, 4, RoundingMode.HALF_UP);
            default -> null;
        };
    }
}
