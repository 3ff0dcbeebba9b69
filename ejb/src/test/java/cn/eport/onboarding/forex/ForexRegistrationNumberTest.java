package cn.eport.onboarding.forex;

import org.junit.jupiter.api.Test;

import java.time.Instant;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class ForexRegistrationNumberTest {

    @Test
    void bureauYearAndSequence() {
        assertEquals("1100002026000123", ForexRegistrationNumber.of("110000", Instant.parse("2026-06-01T00:00:00Z"), 123));
        assertEquals("37020020261234567", ForexRegistrationNumber.of("370200", Instant.parse("2026-06-01T00:00:00Z"), 1_234_567),
                "the sequence grows beyond six digits rather than repeat");
    }

    @Test
    void theYearIsBeijings() {
        assertEquals("1100002027000001", ForexRegistrationNumber.of("110000", Instant.parse("2026-12-31T16:30:00Z"), 1),
                "00:30 on 1 January in Beijing");
    }

    @Test
    void onlyABureauCodeAndAPositiveSequence() {
        Instant now = Instant.parse("2026-06-01T00:00:00Z");
        assertThrows(IllegalArgumentException.class, () -> ForexRegistrationNumber.of(null, now, 1));
        assertThrows(IllegalArgumentException.class, () -> ForexRegistrationNumber.of("11000", now, 1));
        assertThrows(IllegalArgumentException.class, () -> ForexRegistrationNumber.of("11000A", now, 1));
        assertThrows(IllegalArgumentException.class, () -> ForexRegistrationNumber.of("110000", now, 0));
    }
}
