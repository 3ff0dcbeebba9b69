package cn.eport.onboarding.directory;

/** The forex deregistration list (外汇注销名录), used by F-41. */
public interface ForexDeregistrationList {

    /** The list entry of the enterprise with this USCC, not found when it is not on the list. */
    DirectoryResult<ForexDeregistration> find(String uscc);
}
