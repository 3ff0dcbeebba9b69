package cn.eport.onboarding.operator.bulk;

/**
 * What is wrong with one cell of an import file: its line, its column, and the text as a bundle key
 * whose first argument is the column's label and whose second is {@code detail} (a validator's finding,
 * a value, a line number) where the text has one. The keys are the operator form's own
 * ({@code operator.error.*}) or the import's ({@code operatorImport.error.*}).
 */
public record RowReject(long line, ImportColumn column, String key, Object detail) {
}
