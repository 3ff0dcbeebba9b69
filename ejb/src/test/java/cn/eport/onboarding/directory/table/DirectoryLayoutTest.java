package cn.eport.onboarding.directory.table;

import cn.eport.onboarding.validation.RowOutcome;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class DirectoryLayoutTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 12, 5);
    private static final String USCC = "91110108MA01ABCD5T";

    @Test
    void requiredColumnsAreTheKeyAndTheRequiredFields() {
        assertEquals(List.of("uscc", "enterprise_name", "status_code"), DirectoryLayout.REGISTRY_RECORDS.requiredColumns());
        assertEquals(List.of("uscc", "filing_system", "filing_kind", "pending_since"), DirectoryLayout.PENDING_FILINGS.requiredColumns());
        assertEquals(List.of("uscc", "customs_code", "customs_district"), DirectoryLayout.CUSTOMS_RECORDS.requiredColumns());
    }

    @Test
    void aRegistryRowBecomesTypedValues() {
        RowOutcome<DirectoryRow> row = DirectoryLayout.REGISTRY_RECORDS.check(Map.of("uscc", USCC, "enterprise_name", "北京海淀示例",
                "status_code", "1", "registered_capital", "500.00", "established_on", "2015-06-01")::get, TODAY);
        assertTrue(row.accepted(), row.problems().toString());
        assertEquals(USCC, row.value().key());
        assertEquals(new BigDecimal("500"), row.value().values().get(5));
        assertEquals(LocalDate.of(2015, 6, 1), row.value().values().get(10));
    }

    @Test
    void badFieldsAreAllReported() {
        RowOutcome<DirectoryRow> row = DirectoryLayout.REGISTRY_RECORDS.check(Map.of("uscc", "91110108MA01ABCD5A",
                "status_code", "1", "registered_capital", "-3", "established_on", "2030-01-01")::get, TODAY);
        assertFalse(row.accepted());
        assertEquals(List.of("uscc", "enterprise_name", "registered_capital", "established_on"),
                row.problems().stream().map(p -> p.field()).toList());
    }

    @Test
    void pendingFilingsAreKeyedBySystemAndKindToo() {
        RowOutcome<DirectoryRow> row = DirectoryLayout.PENDING_FILINGS.check(Map.of("uscc", USCC, "filing_system", "RA_SYSTEM",
                "filing_kind", "CUSTOMS", "pending_since", "2026-01-02")::get, TODAY);
        assertEquals(USCC + "|RA_SYSTEM|CUSTOMS", row.value().key());
        RowOutcome<DirectoryRow> bad = DirectoryLayout.PENDING_FILINGS.check(Map.of("uscc", USCC, "filing_system", "NEW",
                "filing_kind", "CUSTOMS", "pending_since", "2026-01-02")::get, TODAY);
        assertTrue(bad.problems().get(0).reason().contains("OLD_SYSTEM、RA_SYSTEM"));
    }
}
