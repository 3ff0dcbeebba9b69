package cn.eport.onboarding.workflow;

import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.Arrays;
import java.util.HashSet;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

class ApplicationNumberTest {

    private static final Instant CREATED = Instant.parse("2026-12-04T08:00:00Z");

    @Test
    void numberTellsKindYearAndId() {
        assertEquals("SZ2026-000004", ApplicationNumber.of(ApplicationKind.ENTERPRISE_REGISTRATION, CREATED, 4));
        assertEquals("BK2026-000004", ApplicationNumber.of(ApplicationKind.LEGAL_PERSON_CARD, CREATED, 4));
        assertEquals("HG2026-1234567", ApplicationNumber.of(ApplicationKind.CUSTOMS_FILING, CREATED, 1_234_567));
    }

    @Test
    void yearIsBeijingTime() {
        // 2026-12-31T16:30Z is already 2027-01-01 00:30 in Beijing
        assertEquals("SW2027-000050", ApplicationNumber.of(ApplicationKind.MOFCOM_FILING, Instant.parse("2026-12-31T16:30:00Z"), 50));
    }

    @Test
    void everyKindHasItsOwnPrefix() {
        assertEquals(ApplicationKind.values().length,
                new HashSet<>(Arrays.stream(ApplicationKind.values()).map(ApplicationKind::numberPrefix).toList()).size());
    }

    @Test
    void parseFindsKindAndId() {
        assertEquals(Optional.of(new ApplicationNumber.Parsed(ApplicationKind.FOREX_FILING, 150)), ApplicationNumber.parse(" wh2026-000150 "));
        assertEquals(Optional.empty(), ApplicationNumber.parse("XX2026-000150"));
        assertEquals(Optional.empty(), ApplicationNumber.parse("150"));
        assertEquals(Optional.empty(), ApplicationNumber.parse(null));
        assertNotEquals(ApplicationNumber.parse("SZ2026-000004"), ApplicationNumber.parse("BK2026-000004"));
    }
}
