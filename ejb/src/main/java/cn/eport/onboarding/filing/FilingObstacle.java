package cn.eport.onboarding.filing;

/**
 * Why an enterprise may not file (F-21, F-31, F-41), each with the bundle key of the manual's words
 * and what to do. The arguments of a message come with the {@link FilingCheck.Blocked} that names it.
 */
public enum FilingObstacle {
    /** No approved 三证合一 record in this system: the enterprise has not joined (all three filings). */
    NO_REGISTRATION("filing.obstacle.noRegistration"),
    /** An unfinished three-level review filing of the same business in the old system (商务部, 外汇). */
    OLD_SYSTEM_FILING_PENDING("filing.obstacle.oldSystemPending"),
    /** An unfinished customs filing in the RA system (海关). */
    RA_SYSTEM_FILING_PENDING("filing.obstacle.raSystemPending"),
    /** No customs enterprise-management record (海关企管备案信息): 请联系海关企管处确认 (海关). */
    NO_CUSTOMS_RECORD("filing.obstacle.noCustomsRecord"),
    /** On the forex deregistration list (外汇注销名录) (外汇). */
    FOREX_DEREGISTERED("filing.obstacle.forexDeregistered"),
    /** The enterprise already has a filing of this kind: one per enterprise. */
    ALREADY_FILED("filing.obstacle.alreadyFiled");

    private final String messageKey;

    FilingObstacle(String messageKey) {
        this.messageKey = messageKey;
    }

    public String messageKey() {
        return messageKey;
    }
}
