package cn.eport.onboarding.customs;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class CustomsRegistrationCodeTest {

    @Test
    void divisionZoneTypeAndSequenceMakeTenDigits() {
        // 北京市海淀区 (110108) → 1101, 其他 (9), 私营企业 (6), the first of its prefix
        assertEquals("110196", CustomsRegistrationCode.prefix("110108", "9", "6"));
        assertEquals("1101960001", CustomsRegistrationCode.of("110196", 1));
        // 上海市浦东新区 (310115) in the 经济技术开发区 class (2, 浦东), 中外合资 (3)
        assertEquals("3101239999", CustomsRegistrationCode.of(CustomsRegistrationCode.prefix("310115", "2", "3"), 9999));
    }

    @ParameterizedTest
    @CsvSource({"11010, 9, 6", "1101080, 9, 6", "11010A, 9, 6", "110108, 10, 6", "110108, 9, 0", "110108, 9, ''", "'', 9, 6"})
    void badPartsAreRefused(String division, String zone, String type) {
        assertThrows(IllegalArgumentException.class, () -> CustomsRegistrationCode.prefix(division, zone, type));
    }

    @Test
    void theSequenceHasFourDigits() {
        assertThrows(IllegalArgumentException.class, () -> CustomsRegistrationCode.of("110196", 0));
        assertThrows(IllegalArgumentException.class, () -> CustomsRegistrationCode.of("110196", 10_000));
        assertThrows(IllegalArgumentException.class, () -> CustomsRegistrationCode.of("11019", 1));
    }
}
