package cn.eport.onboarding.web.enterprise;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class FormOrderTest {

    private final FormOrder order = new FormOrder(List.of("reg:legalPersonType", "reg:taxAuthority", "reg:qualityAuthority",
            "reg:registeredCapital", "reg:capitalUnit", "reg:contactPhone"));

    @Test
    void linesFollowThePositionOfTheirInputsNotTheOrderTheyWereFound() {
        List<ErrorSummary.Line> found = List.of(
                new ErrorSummary.Line("reg:registeredCapital", "注册资金须为数字"),
                new ErrorSummary.Line("reg:contactPhone", "联系电话格式不正确"),
                new ErrorSummary.Line("reg:qualityAuthority", "技监"),
                new ErrorSummary.Line("reg:taxAuthority", "税务"));
        assertEquals(List.of("税务", "技监", "注册资金须为数字", "联系电话格式不正确"), texts(order.sorted(found)));
    }

    @Test
    void problemsOfNoFieldComeFirstAndOfUnknownInputsLastInTheirOwnOrder() {
        List<ErrorSummary.Line> found = List.of(
                new ErrorSummary.Line("reg:gone", "a"),
                new ErrorSummary.Line("reg:contactPhone", "b"),
                new ErrorSummary.Line(null, "c"),
                new ErrorSummary.Line("reg:other", "d"),
                new ErrorSummary.Line("reg:legalPersonType", "e"));
        assertEquals(List.of("c", "e", "b", "a", "d"), texts(order.sorted(found)));
    }

    @Test
    void twoLinesOfOneInputKeepTheirOrder() {
        List<ErrorSummary.Line> found = List.of(
                new ErrorSummary.Line("reg:contactPhone", "first"),
                new ErrorSummary.Line("reg:taxAuthority", "tax"),
                new ErrorSummary.Line("reg:contactPhone", "second"));
        assertEquals(List.of("tax", "first", "second"), texts(order.sorted(found)));
    }

    private static List<String> texts(List<ErrorSummary.Line> lines) {
        return lines.stream().map(ErrorSummary.Line::text).toList();
    }
}
