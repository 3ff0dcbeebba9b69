package cn.eport.onboarding.directory;

/** The systems outside this one that may hold an enterprise's unfinished filing. */
public enum FilingSystem {
    /** 老系统: the three-level review system this product replaces (F-21, F-41). */
    OLD_SYSTEM,
    /** RA系统: the registration-authority system that holds customs filings (F-31). */
    RA_SYSTEM
}
