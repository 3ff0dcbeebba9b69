package cn.eport.onboarding.directory;

import java.time.LocalDate;

/**
 * An unfinished filing of an enterprise in another system. While one exists the same business
 * cannot be filed here (F-21, F-31, F-41).
 *
 * @param uscc      unified social credit code (required)
 * @param system    the system that holds it (required)
 * @param kind      its business (required)
 * @param since     the day it was started (required)
 * @param reference its number in that system, when known
 */
public record PendingFiling(String uscc, FilingSystem system, FilingKind kind, LocalDate since, String reference) {

    public PendingFiling {
        uscc = Fields.required(uscc, "uscc");
        system = Fields.required(system, "system");
        kind = Fields.required(kind, "kind");
        since = Fields.required(since, "since");
        reference = Fields.optional(reference);
    }
}
