package cn.eport.onboarding.directory;

/**
 * Unfinished filings in the old system (老系统, F-21/F-41) and in the RA system (F-31). When an
 * enterprise has several, the oldest is returned.
 */
public interface PendingFilings {

    /**
     * The oldest unfinished filing of this enterprise in the given system.
     *
     * @param kind the business of the filing, or null for a filing of any kind
     */
    DirectoryResult<PendingFiling> find(String uscc, FilingSystem system, FilingKind kind);

    /** The oldest unfinished filing of any kind of this enterprise in the given system. */
    default DirectoryResult<PendingFiling> find(String uscc, FilingSystem system) {
        return find(uscc, system, null);
    }
}
