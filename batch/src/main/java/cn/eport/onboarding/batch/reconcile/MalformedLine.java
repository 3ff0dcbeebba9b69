package cn.eport.onboarding.batch.reconcile;

/**
 * A record that is no decision the job can act on: a field missing or not readable.
 *
 * @param column     the column that is wrong; null when the record as a whole is (too few fields)
 * @param reason     what is wrong and what was expected, for the operator (Chinese)
 * @param decisionId the decision id if the record has one, for the report; else null
 */
public record MalformedLine(long line, String raw, ResultColumn column, String reason, String decisionId) implements ResultLine {
}
