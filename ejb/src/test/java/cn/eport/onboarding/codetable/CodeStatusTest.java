package cn.eport.onboarding.codetable;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;

import static org.junit.jupiter.api.Assertions.assertEquals;

class CodeStatusTest {

    private static final LocalDate DAY = LocalDate.of(2026, 11, 30);

    @Test
    void validFromIsInclusiveAndValidToExclusive() {
        assertEquals(CodeStatus.ACTIVE, CodeStatus.of(true, DAY, null, DAY));
        assertEquals(CodeStatus.ACTIVE, CodeStatus.of(true, DAY.minusYears(3), DAY.plusDays(1), DAY));
        assertEquals(CodeStatus.EXPIRED, CodeStatus.of(true, DAY.minusYears(3), DAY, DAY));
        assertEquals(CodeStatus.EXPIRED, CodeStatus.of(true, DAY.minusYears(3), DAY.minusDays(1), DAY));
        assertEquals(CodeStatus.NOT_YET_VALID, CodeStatus.of(true, DAY.plusDays(1), null, DAY));
    }

    @Test
    void theActiveFlagWinsOverTheDates() {
        assertEquals(CodeStatus.INACTIVE, CodeStatus.of(false, DAY.minusYears(1), null, DAY));
        assertEquals(CodeStatus.INACTIVE, CodeStatus.of(false, DAY.plusDays(1), DAY.plusDays(2), DAY));
    }
}
