package cn.eport.onboarding.directory;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.LocalDate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The directory records keep their invariants, whichever adapter built them. */
class RecordsTest {

    private static RegistryRecord registry(String status, BigDecimal capital) {
        return new RegistryRecord("91110108MA01ABCD5T", "示例公司", "张伟", "1", "6", status, capital, "WAN_YUAN",
                " ", null, "110108", LocalDate.of(2016, 3, 18), "");
    }

    @Test
    void theSameCapitalHasOneRepresentation() {
        assertEquals(registry("1", new BigDecimal("500")), registry("1", new BigDecimal("500.0000")));
        assertEquals(new BigDecimal("123.4"), registry("1", new BigDecimal("123.400000")).registeredCapital());
        assertEquals("500", registry("1", new BigDecimal("5E+2")).registeredCapital().toPlainString());
        assertThrows(IllegalArgumentException.class, () -> registry("1", new BigDecimal("-0.01")));
    }

    @Test
    void blankOptionalTextsAreAbsent() {
        RegistryRecord record = registry("1", null);
        assertNull(record.address());
        assertNull(record.businessScope());
        assertNull(record.registeredCapital());
    }

    @Test
    void deregisteredAndRevokedStatusesBlockTheDeclaration() {
        for (String status : new String[]{"2", "3", "4"}) {
            assertTrue(registry(status, null).deregisteredOrRevoked(), status);
        }
        for (String status : new String[]{"1", "5", "6", "9"}) {
            assertFalse(registry(status, null).deregisteredOrRevoked(), status);
        }
    }

    @Test
    void requiredFieldsAreRequired() {
        assertThrows(IllegalArgumentException.class, () -> registry(" ", null));
        assertThrows(IllegalArgumentException.class, () -> new ForexEnterpriseRecord("91110108MA01ABCD5T", "x", null, null));
        assertThrows(IllegalArgumentException.class, () -> new ForexDeregistration("91110108MA01ABCD5T", null, null, null, null));
        assertThrows(IllegalArgumentException.class, () -> new CustomsEnterpriseRecord("91110108MA01ABCD5T", null, "", "0100", null));
        assertThrows(IllegalArgumentException.class, () -> new PendingFiling("91110108MA01ABCD5T", FilingSystem.RA_SYSTEM, null,
                LocalDate.of(2026, 1, 1), null));
        assertThrows(IllegalArgumentException.class, () -> new PendingFiling(null, FilingSystem.RA_SYSTEM, FilingKind.CUSTOMS,
                LocalDate.of(2026, 1, 1), null));
    }
}
