package cn.eport.onboarding.directory;

/** The forex enterprise directory (外汇企业名录), used by F-42. */
public interface ForexEnterpriseDirectory {

    /** The directory entry of the enterprise with this USCC; never throws for an unreachable directory. */
    DirectoryResult<ForexEnterpriseRecord> find(String uscc);
}
