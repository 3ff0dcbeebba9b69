package cn.eport.onboarding.directory;

/** The business registry (工商服务接口): registry records by USCC for the back-fill of F-12. */
public interface RegistryDirectory {

    /** The registry record of the enterprise with this USCC; never throws for an unreachable registry. */
    DirectoryResult<RegistryRecord> find(String uscc);
}
