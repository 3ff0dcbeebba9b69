package cn.eport.onboarding.directory;

/** The customs enterprise-management records (海关企管备案信息), used by F-31. */
public interface CustomsEnterpriseRecords {

    /** The record of the enterprise with this USCC; never throws for an unreachable directory. */
    DirectoryResult<CustomsEnterpriseRecord> find(String uscc);
}
