package cn.eport.onboarding.batch.reconcile;

import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The columns of the back office's review results file (docs/review-results-file.md), each under an
 * English name or its Chinese one: the back office exports whichever its system writes. Every column
 * must be in the header, even where a line may leave it empty.
 */
public enum ResultColumn {
    DECISION_ID("decision_id", "决定编号"),
    APPLICATION_NO("application_no", "申请编号"),
    KIND("kind", "业务类型"),
    USCC("uscc", "统一社会信用代码"),
    DECISION("decision", "审核结果"),
    REASON("reason", "退回原因"),
    REVIEWER("reviewer", "审核人"),
    DECIDED_AT("decided_at", "审核时间");

    private final String englishName;
    private final String chineseName;

    ResultColumn(String englishName, String chineseName) {
        this.englishName = englishName;
        this.chineseName = chineseName;
    }

    /** The name the documentation and the report use: 决定编号(decision_id). */
    public String label() {
        return chineseName + "(" + englishName + ")";
    }

    /**
     * Which header name each column goes by in this file.
     *
     * @throws MissingColumnsException naming every column the header lacks
     */
    public static Map<ResultColumn, String> find(Collection<String> header) {
        Map<ResultColumn, String> names = new EnumMap<>(ResultColumn.class);
        List<String> missing = new ArrayList<>();
        for (ResultColumn column : values()) {
            header.stream().filter(column::isNamed).findFirst().ifPresentOrElse(name -> names.put(column, name),
                    () -> missing.add(column.label()));
        }
        if (!missing.isEmpty()) {
            throw new MissingColumnsException(missing);
        }
        return names;
    }

    /** The column an XML element or header is named for, if any. */
    public static java.util.Optional<ResultColumn> named(String name) {
        return java.util.Arrays.stream(values()).filter(c -> c.isNamed(name)).findFirst();
    }

    private boolean isNamed(String headerName) {
        String name = headerName == null ? "" : headerName.strip();
        return name.toLowerCase(Locale.ROOT).equals(englishName) || name.equals(chineseName);
    }
}
