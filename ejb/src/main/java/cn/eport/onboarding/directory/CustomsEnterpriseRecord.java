package cn.eport.onboarding.directory;

import java.time.LocalDate;

/**
 * The customs enterprise-management record (海关企管备案信息) of an enterprise. Without one the
 * customs filing is refused and the user is told to contact the customs enterprise-management
 * office (F-31).
 *
 * @param uscc                unified social credit code (required)
 * @param enterpriseName      企业名称 as customs knows it
 * @param customsCode         海关注册编码, the enterprise's 10-character customs registration code (required)
 * @param customsDistrictCode 主管海关, 4-digit customs district code (required)
 * @param registeredOn        备案日期
 */
public record CustomsEnterpriseRecord(String uscc, String enterpriseName, String customsCode,
                                      String customsDistrictCode, LocalDate registeredOn) {

    public CustomsEnterpriseRecord {
        uscc = Fields.required(uscc, "uscc");
        enterpriseName = Fields.optional(enterpriseName);
        customsCode = Fields.required(customsCode, "customsCode");
        customsDistrictCode = Fields.required(customsDistrictCode, "customsDistrictCode");
    }
}
