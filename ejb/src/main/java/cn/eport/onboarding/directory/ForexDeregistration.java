package cn.eport.onboarding.directory;

import java.time.LocalDate;

/**
 * An entry of the forex deregistration list (外汇注销名录): an enterprise on it cannot file for
 * foreign exchange (F-41).
 *
 * @param uscc            unified social credit code (required)
 * @param enterpriseName  企业名称
 * @param deregisteredOn  注销日期 (required)
 * @param reason          注销原因
 * @param forexBureauCode the forex bureau that deregistered it
 */
public record ForexDeregistration(String uscc, String enterpriseName, LocalDate deregisteredOn, String reason,
                                  String forexBureauCode) {

    public ForexDeregistration {
        uscc = Fields.required(uscc, "uscc");
        enterpriseName = Fields.optional(enterpriseName);
        deregisteredOn = Fields.required(deregisteredOn, "deregisteredOn");
        reason = Fields.optional(reason);
        forexBureauCode = Fields.optional(forexBureauCode);
    }
}
