package cn.eport.onboarding.account;

/** What came of asking for the first administrator account. */
public enum InitialAdministratorOutcome {
    CREATED,
    ADMINISTRATOR_EXISTS,
    WEAK_PASSWORD
}
