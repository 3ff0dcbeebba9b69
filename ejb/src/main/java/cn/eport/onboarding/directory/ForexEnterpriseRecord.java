package cn.eport.onboarding.directory;

/**
 * An entry of the forex enterprise directory (外汇企业名录). F-42 approves a forex filing
 * automatically when the enterprise's data matches it.
 *
 * @param uscc            unified social credit code (required)
 * @param enterpriseName  企业名称 as the forex bureau knows it (required)
 * @param legalPersonName 企业法人 as the forex bureau knows it
 * @param forexBureauCode 主管外汇局 code (6-digit division code of the bureau, required)
 */
public record ForexEnterpriseRecord(String uscc, String enterpriseName, String legalPersonName,
                                    String forexBureauCode) {

    public ForexEnterpriseRecord {
        uscc = Fields.required(uscc, "uscc");
        enterpriseName = Fields.required(enterpriseName, "enterpriseName");
        legalPersonName = Fields.optional(legalPersonName);
        forexBureauCode = Fields.required(forexBureauCode, "forexBureauCode");
    }
}
