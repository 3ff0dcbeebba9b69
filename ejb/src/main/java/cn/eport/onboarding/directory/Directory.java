package cn.eport.onboarding.directory;

/**
 * The reference directories of R-3. Each has a configuration name (the {@code <name>} in
 * {@code eport.directory.<name>.*}) and a bundle key for the "unavailable, try later" message.
 */
public enum Directory {
    /** 工商登记信息: registry records for the back-fill of F-12. */
    REGISTRY("registry", "directory.registry.unavailable"),
    /** 外汇企业名录 (F-42). */
    FOREX_ENTERPRISES("forex-enterprises", "directory.forexEnterprises.unavailable"),
    /** 外汇注销名录 (F-41). */
    FOREX_DEREGISTRATIONS("forex-deregistrations", "directory.forexDeregistrations.unavailable"),
    /** 海关企管备案信息 (F-31). */
    CUSTOMS_RECORDS("customs-records", "directory.customsRecords.unavailable"),
    /** Unfinished filings in the old system (老系统, F-21/F-41) and in the RA system (F-31). */
    PENDING_FILINGS("pending-filings", "directory.pendingFilings.unavailable");

    private final String configName;
    private final String unavailableMessageKey;

    Directory(String configName, String unavailableMessageKey) {
        this.configName = configName;
        this.unavailableMessageKey = unavailableMessageKey;
    }

    public String configName() {
        return configName;
    }

    /** Key of the UI text "… cannot be reached at the moment, please try again later" (web bundles). */
    public String unavailableMessageKey() {
        return unavailableMessageKey;
    }
}
