package cn.eport.onboarding.validation;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class RowChecksTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 12, 5);

    private static RowChecks checks(Map<String, String> fields) {
        return new RowChecks(fields::get);
    }

    @Test
    void requiredTextAndLength() {
        RowChecks checks = checks(Map.of("name", "北京关区"));
        assertEquals("北京关区", checks.text("name", true, 10));
        assertTrue(checks.ok());
        assertNull(checks.text("missing", true, 10));
        assertNull(checks.text("name", true, 3));
        assertEquals("missing", checks.problems().get(0).field());
        assertTrue(checks.problems().get(0).reason().contains("必填"));
        assertTrue(checks.problems().get(1).reason().contains("超过上限 3"), checks.problems().get(1).reason());
    }

    @Test
    void codesUsccsDigits() {
        RowChecks checks = checks(Map.of("code", "01x0", "uscc", "91110108MA01ABCD5T", "bad", "91110108MA01ABCD5A", "d", "123"));
        assertNull(checks.code("code", true, 4));
        assertEquals("91110108MA01ABCD5T", checks.uscc("uscc"));
        assertNull(checks.uscc("bad"));
        assertNull(checks.digits("d", true, 4));
        assertEquals(3, checks.problems().size());
        assertTrue(checks.problems().get(1).reason().contains("校验位"), checks.problems().get(1).reason());
        assertTrue(checks.problems().get(2).reason().contains("4 位数字"));
    }

    @Test
    void datesMustBeIsoAndSane() {
        RowChecks checks = checks(Map.of("a", "2024-03-01", "b", "2024/03/01", "c", "2027-01-01", "d", "1899-12-31"));
        assertEquals(LocalDate.of(2024, 3, 1), checks.date("a", true, TODAY));
        assertNull(checks.date("b", true, TODAY));
        assertNull(checks.date("c", true, TODAY));
        assertNull(checks.date("d", true, TODAY));
        assertTrue(checks.problems().get(0).reason().contains("yyyy-MM-dd"));
        assertTrue(checks.problems().get(1).reason().contains("不合理"));
        assertEquals(3, checks.problems().size());
    }

    @Test
    void amountsAreNotNegativeAndHaveOneRepresentation() {
        RowChecks checks = checks(Map.of("a", "500.000", "b", "-1", "c", "abc", "d", "1E+3", "e", "1.0000001"));
        assertEquals(new BigDecimal("500"), checks.amount("a"));
        assertEquals(new BigDecimal("1000"), checks.amount("d"));
        assertNull(checks.amount("b"));
        assertNull(checks.amount("c"));
        assertNull(checks.amount("e"));
        assertNull(checks.amount("absent"));
        assertEquals(3, checks.problems().size());
        assertTrue(checks.problems().get(0).reason().contains("不能小于 0"));
    }

    @Test
    void oneOfNamesTheChoices() {
        RowChecks checks = checks(Map.of("kind", "OTHER"));
        assertNull(checks.oneOf("kind", true, java.util.List.of("DIRECT", "SUBORDINATE")));
        assertTrue(checks.problems().get(0).reason().contains("DIRECT、SUBORDINATE"));
    }
}
