package cn.eport.onboarding.time;

import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class DateRangeTest {

    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
    private static final LocalDate NOV_1 = LocalDate.of(2026, 11, 1);
    private static final LocalDate NOV_30 = LocalDate.of(2026, 11, 30);

    @Test
    void startAfterEndIsRefused() {
        assertFalse(DateRange.isValid(NOV_30, NOV_1));
        assertThrows(IllegalArgumentException.class, () -> new DateRange(NOV_30, NOV_1));
    }

    @Test
    void sameDayAndOpenEndsAreFine() {
        assertTrue(DateRange.isValid(NOV_1, NOV_1));
        assertTrue(DateRange.isValid(null, NOV_1));
        assertTrue(DateRange.isValid(NOV_1, null));
        assertTrue(DateRange.isValid(null, null));
    }

    @Test
    void bothEndsAreWholeDaysInTheGivenZone() {
        DateRange range = new DateRange(NOV_1, NOV_30);
        assertEquals(Optional.of(Instant.parse("2026-10-31T16:00:00Z")), range.startIn(SHANGHAI));
        assertEquals(Optional.of(Instant.parse("2026-11-30T16:00:00Z")), range.endExclusiveIn(SHANGHAI));
        assertEquals(Optional.empty(), new DateRange(null, null).startIn(SHANGHAI));
    }
}
