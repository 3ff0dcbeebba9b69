package cn.eport.onboarding.batch.reconcile;

import cn.eport.onboarding.time.BusinessCalendar;
import cn.eport.onboarding.workflow.ApplicationKind;
import cn.eport.onboarding.workflow.ApplicationNumber;
import cn.eport.onboarding.workflow.WorkflowAction;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * Reads one record of the results file into a {@link ReviewResult}, or tells what is wrong with it
 * ({@link MalformedLine}: the column, what it says, what was expected). Only the form of the record
 * is checked here; whether the application exists and may be decided is the writer's business.
 */
public final class ReviewResultParser {

    public static final int MAX_DECISION_ID = 64;
    public static final int MAX_REVIEWER = 50;
    public static final int MAX_REASON = 500;

    private static final Pattern USCC = Pattern.compile("[0-9A-Z]{18}");
    private static final List<String> APPROVE_WORDS = List.of("审核通过", "通过", "APPROVE", "APPROVED");
    private static final List<String> RETURN_WORDS = List.of("退回", "RETURN", "RETURNED");
    private static final List<DateTimeFormatter> LOCAL_TIMES = List.of(
            DateTimeFormatter.ofPattern("uuuu-MM-dd HH:mm:ss"), DateTimeFormatter.ofPattern("uuuu-MM-dd HH:mm"),
            DateTimeFormatter.ISO_LOCAL_DATE_TIME);

    /** Thrown inside the parser for the first problem of a record; becomes its {@link MalformedLine}. */
    private static final class Problem extends RuntimeException {
        private final ResultColumn column;

        Problem(ResultColumn column, String reason) {
            super(reason, null, false, false);
            this.column = column;
        }
    }

    private ReviewResultParser() {
    }

    /**
     * @param complete whether the record has a field for every column of the header
     * @param values   a column's trimmed value, null when empty
     */
    public static ResultLine parse(long line, String raw, boolean complete, Function<ResultColumn, String> values) {
        String decisionId = values.apply(ResultColumn.DECISION_ID);
        try {
            if (!complete) {
                throw new Problem(null, "字段个数与表头不符（应有 " + ResultColumn.values().length + " 列，逗号分隔；含逗号的内容请加英文双引号）");
            }
            String id = required(values, ResultColumn.DECISION_ID);
            if (id.length() > MAX_DECISION_ID) {
                throw new Problem(ResultColumn.DECISION_ID, "决定编号过长（" + id.length() + " 个字符），最多 " + MAX_DECISION_ID + " 个字符");
            }
            ApplicationRef application = application(values);
            WorkflowAction decision = decision(required(values, ResultColumn.DECISION));
            String reason = reason(decision, values.apply(ResultColumn.REASON));
            String reviewer = required(values, ResultColumn.REVIEWER);
            if (reviewer.length() > MAX_REVIEWER) {
                throw new Problem(ResultColumn.REVIEWER, "审核人过长（" + reviewer.length() + " 个字符），最多 " + MAX_REVIEWER + " 个字符");
            }
            Instant decidedAt = decidedAt(required(values, ResultColumn.DECIDED_AT));
            return new ReviewResult(line, raw, id, application, decision, reason, reviewer, decidedAt);
        } catch (Problem p) {
            return new MalformedLine(line, raw, p.column, p.getMessage(),
                    decisionId != null && decisionId.length() <= MAX_DECISION_ID ? decisionId : null);
        }
    }

    private static String required(Function<ResultColumn, String> values, ResultColumn column) {
        String value = values.apply(column);
        if (value == null) {
            throw new Problem(column, column.label() + "为空，必须填写");
        }
        return value;
    }

    /** By 编号 when the line has one (the kind, if also given, must agree); else by USCC and kind. */
    private static ApplicationRef application(Function<ResultColumn, String> values) {
        String number = values.apply(ResultColumn.APPLICATION_NO);
        String kindText = values.apply(ResultColumn.KIND);
        Optional<ApplicationKind> kind = KindNames.parse(kindText);
        if (kindText != null && kind.isEmpty()) {
            throw new Problem(ResultColumn.KIND, "业务类型“" + kindText + "”无法识别，应为 SZ、BK、SW、HG、WH 之一"
                    + "（或 ENTERPRISE_REGISTRATION 等名称、三证合一信息等中文名称）");
        }
        if (number != null) {
            ApplicationNumber.Parsed parsed = ApplicationNumber.parse(number).orElseThrow(() -> new Problem(ResultColumn.APPLICATION_NO,
                    "申请编号“" + number + "”格式不对，应为业务代码、年份、短横线和序号，如 HG2026-000012"));
            if (kind.isPresent() && kind.get() != parsed.kind()) {
                throw new Problem(ResultColumn.KIND, "业务类型“" + kindText + "”与申请编号“" + number + "”的业务（"
                        + KindNames.of(parsed.kind()) + "）不一致");
            }
            return ApplicationRef.byNumber(parsed.kind(), parsed.id(), number.strip().toUpperCase(Locale.ROOT));
        }
        String uscc = values.apply(ResultColumn.USCC);
        if (uscc == null || kind.isEmpty()) {
            throw new Problem(ResultColumn.APPLICATION_NO, "未指明申请：应填写申请编号，或同时填写统一社会信用代码和业务类型");
        }
        String upper = uscc.toUpperCase(Locale.ROOT);
        if (!USCC.matcher(upper).matches()) {
            throw new Problem(ResultColumn.USCC, "统一社会信用代码“" + uscc + "”格式不对，应为 18 位数字或大写英文字母");
        }
        return ApplicationRef.byEnterprise(kind.get(), upper);
    }

    private static WorkflowAction decision(String text) {
        String upper = text.toUpperCase(Locale.ROOT);
        if (APPROVE_WORDS.contains(upper)) {
            return WorkflowAction.APPROVE;
        }
        if (RETURN_WORDS.contains(upper)) {
            return WorkflowAction.RETURN;
        }
        throw new Problem(ResultColumn.DECISION, "审核结果“" + text + "”无法识别，应为“审核通过”或“退回”（或 APPROVE、RETURN）");
    }

    private static String reason(WorkflowAction decision, String reason) {
        if (decision != WorkflowAction.RETURN) {
            return reason;
        }
        if (reason == null) {
            throw new Problem(ResultColumn.REASON, "退回必须填写退回原因（企业将看到此原因）");
        }
        if (reason.length() > MAX_REASON) {
            throw new Problem(ResultColumn.REASON, "退回原因过长（" + reason.length() + " 个字符），最多 " + MAX_REASON + " 个字符");
        }
        return reason;
    }

    /** Beijing time as 2026-12-05 21:30:00 (seconds optional, or ISO with T), or ISO with an offset. */
    private static Instant decidedAt(String text) {
        for (DateTimeFormatter format : LOCAL_TIMES) {
            try {
                return LocalDateTime.parse(text, format).atZone(BusinessCalendar.ZONE).toInstant();
            } catch (DateTimeParseException e) {
                // try the next form
            }
        }
        try {
            return OffsetDateTime.parse(text).toInstant();
        } catch (DateTimeParseException e) {
            throw new Problem(ResultColumn.DECIDED_AT, "审核时间“" + text + "”无法识别，应为北京时间，如 2026-12-05 21:30:00");
        }
    }
}
