package cn.eport.onboarding.batch.reconcile;

import cn.eport.onboarding.workflow.ApplicationKind;
import cn.eport.onboarding.workflow.WorkflowAction;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ReviewResultParserTest {

    /** A good line: approval of HG2026-000012 by 王审核. */
    private static Map<ResultColumn, String> approval() {
        Map<ResultColumn, String> values = new EnumMap<>(ResultColumn.class);
        values.put(ResultColumn.DECISION_ID, "BO-2026-0001");
        values.put(ResultColumn.APPLICATION_NO, "hg2026-000012");
        values.put(ResultColumn.DECISION, "审核通过");
        values.put(ResultColumn.REVIEWER, "王审核");
        values.put(ResultColumn.DECIDED_AT, "2026-12-05 21:30:00");
        return values;
    }

    private static ResultLine parse(Map<ResultColumn, String> values) {
        return ReviewResultParser.parse(7, "raw", true, values::get);
    }

    private static MalformedLine malformed(Map<ResultColumn, String> values) {
        return assertInstanceOf(MalformedLine.class, parse(values));
    }

    @Test
    void aDecisionByNumberIsReadWithItsKindIdAndBeijingTime() {
        ReviewResult result = assertInstanceOf(ReviewResult.class, parse(approval()));
        assertEquals(7, result.line());
        assertEquals("BO-2026-0001", result.decisionId());
        assertEquals(ApplicationRef.byNumber(ApplicationKind.CUSTOMS_FILING, 12, "HG2026-000012"), result.application());
        assertEquals(WorkflowAction.APPROVE, result.decision());
        assertEquals(Instant.parse("2026-12-05T13:30:00Z"), result.decidedAt());
        assertEquals("王审核", result.reviewer());
    }

    @Test
    void aDecisionByUsccAndKindNamesTheEnterprise() {
        Map<ResultColumn, String> values = approval();
        values.remove(ResultColumn.APPLICATION_NO);
        values.put(ResultColumn.USCC, "91310000ma1fl0xx1q");
        values.put(ResultColumn.KIND, "企业外汇备案授权");
        ReviewResult result = assertInstanceOf(ReviewResult.class, parse(values));
        assertEquals(ApplicationRef.byEnterprise(ApplicationKind.FOREX_FILING, "91310000MA1FL0XX1Q"), result.application());
        assertTrue(!result.application().byNumber());
    }

    @Test
    void kindsAreTheProductsNamesPrefixesOrChineseNames() {
        for (String kind : List.of("CUSTOMS_FILING", "hg", "企业海关备案授权")) {
            Map<ResultColumn, String> values = approval();
            values.put(ResultColumn.KIND, kind);
            assertInstanceOf(ReviewResult.class, parse(values), kind);
        }
    }

    @Test
    void decisionsAreTheChineseWordsOrTheirEnglishNames() {
        for (String word : List.of("审核通过", "APPROVE", "approve")) {
            Map<ResultColumn, String> values = approval();
            values.put(ResultColumn.DECISION, word);
            assertEquals(WorkflowAction.APPROVE, ((ReviewResult) parse(values)).decision(), word);
        }
        for (String word : List.of("退回", "RETURN")) {
            Map<ResultColumn, String> values = approval();
            values.put(ResultColumn.DECISION, word);
            values.put(ResultColumn.REASON, "经营范围填写不完整");
            ReviewResult result = (ReviewResult) parse(values);
            assertEquals(WorkflowAction.RETURN, result.decision(), word);
            assertEquals("经营范围填写不完整", result.reason());
        }
        Map<ResultColumn, String> values = approval();
        values.put(ResultColumn.DECISION, "同意");
        MalformedLine line = malformed(values);
        assertEquals(ResultColumn.DECISION, line.column());
        assertEquals("审核结果“同意”无法识别，应为“审核通过”或“退回”（或 APPROVE、RETURN）", line.reason());
        assertEquals("BO-2026-0001", line.decisionId(), "kept for the report");
    }

    @Test
    void aReturnNeedsItsReason() {
        Map<ResultColumn, String> values = approval();
        values.put(ResultColumn.DECISION, "退回");
        MalformedLine line = malformed(values);
        assertEquals(ResultColumn.REASON, line.column());
        assertEquals("退回必须填写退回原因（企业将看到此原因）", line.reason());
        values.put(ResultColumn.REASON, "长".repeat(501));
        assertTrue(malformed(values).reason().startsWith("退回原因过长（501 个字符）"));
    }

    @Test
    void everyRequiredFieldIsNamedWhenEmpty() {
        for (ResultColumn column : List.of(ResultColumn.DECISION_ID, ResultColumn.DECISION, ResultColumn.REVIEWER, ResultColumn.DECIDED_AT)) {
            Map<ResultColumn, String> values = approval();
            values.remove(column);
            MalformedLine line = malformed(values);
            assertEquals(column, line.column());
            assertEquals(column.label() + "为空，必须填写", line.reason());
        }
    }

    @Test
    void theApplicationMustBeNamedReadably() {
        Map<ResultColumn, String> values = approval();
        values.put(ResultColumn.APPLICATION_NO, "HG-12");
        assertEquals("申请编号“HG-12”格式不对，应为业务代码、年份、短横线和序号，如 HG2026-000012", malformed(values).reason());

        values = approval();
        values.put(ResultColumn.KIND, "SW");
        assertEquals("业务类型“SW”与申请编号“hg2026-000012”的业务（企业海关备案授权）不一致", malformed(values).reason());

        values = approval();
        values.remove(ResultColumn.APPLICATION_NO);
        values.put(ResultColumn.USCC, "91310000MA1FL0XX1Q");
        assertEquals("未指明申请：应填写申请编号，或同时填写统一社会信用代码和业务类型", malformed(values).reason());

        values.put(ResultColumn.KIND, "XX");
        assertEquals(ResultColumn.KIND, malformed(values).column());

        values.put(ResultColumn.KIND, "WH");
        values.put(ResultColumn.USCC, "9131000");
        assertEquals("统一社会信用代码“9131000”格式不对，应为 18 位数字或大写英文字母", malformed(values).reason());
    }

    @Test
    void timesAreBeijingTimeWithOrWithoutSecondsOrIsoWithAnOffset() {
        Map<ResultColumn, String> values = approval();
        values.put(ResultColumn.DECIDED_AT, "2026-12-05 21:30");
        assertEquals(Instant.parse("2026-12-05T13:30:00Z"), ((ReviewResult) parse(values)).decidedAt());
        values.put(ResultColumn.DECIDED_AT, "2026-12-05T21:30:00+08:00");
        assertEquals(Instant.parse("2026-12-05T13:30:00Z"), ((ReviewResult) parse(values)).decidedAt());
        values.put(ResultColumn.DECIDED_AT, "05/12/2026");
        assertEquals("审核时间“05/12/2026”无法识别，应为北京时间，如 2026-12-05 21:30:00", malformed(values).reason());
    }

    @Test
    void aRecordWithTooFewFieldsIsMalformedAsAWhole() {
        MalformedLine line = assertInstanceOf(MalformedLine.class, ReviewResultParser.parse(3, "BO-1,HG2026-000001", false, approval()::get));
        assertNull(line.column());
        assertEquals(3, line.line());
        assertEquals("BO-1,HG2026-000001", line.raw());
    }

    @Test
    void theHeaderMayUseEnglishOrChineseNamesAndMustHaveEveryColumn() {
        Map<ResultColumn, String> names = ResultColumn.find(List.of("决定编号", "APPLICATION_NO", "kind", "统一社会信用代码", "decision",
                "退回原因", "reviewer", "审核时间"));
        assertEquals("决定编号", names.get(ResultColumn.DECISION_ID));
        assertEquals("APPLICATION_NO", names.get(ResultColumn.APPLICATION_NO));
        MissingColumnsException missing = assertThrows(MissingColumnsException.class,
                () -> ResultColumn.find(List.of("decision_id", "application_no", "kind", "uscc", "decision", "reviewer")));
        assertEquals("审核结果文件的表头缺少以下列：退回原因(reason)、审核时间(decided_at)", missing.getMessage());
    }
}
