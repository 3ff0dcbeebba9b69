package cn.eport.onboarding.validation;

/**
 * What is wrong with one field of a record read from a file (a code table or directory row): the
 * field as the file names it (null when the record as a whole is meant) and the reason in Chinese,
 * for the operators' reject list: what is wrong and what was expected.
 */
public record RowProblem(String field, String reason) {
}
