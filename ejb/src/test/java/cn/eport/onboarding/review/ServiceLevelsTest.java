package cn.eport.onboarding.review;

import cn.eport.onboarding.workflow.ApplicationKind;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.Map;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ServiceLevelsTest {

    private static ServiceLevels read(Map<String, String> settings) {
        return ServiceLevels.read(key -> Optional.ofNullable(settings.get(key)));
    }

    @Test
    void everyKindHasADefault() {
        ServiceLevels levels = read(Map.of());
        for (ApplicationKind kind : ApplicationKind.values()) {
            assertEquals(ServiceLevels.DEFAULTS.get(kind), levels.daysOf(kind), kind.name());
        }
        assertEquals(5, levels.daysOf(ApplicationKind.ENTERPRISE_REGISTRATION));
        assertEquals(3, levels.daysOf(ApplicationKind.OPERATOR));
    }

    @Test
    void aSettingPerKindByItsEnumName() {
        ServiceLevels levels = read(Map.of("eport.review.service-level-days.FOREX_FILING", " 2 ",
                "eport.review.service-level-days.OPERATOR", ""));
        assertEquals(2, levels.daysOf(ApplicationKind.FOREX_FILING));
        assertEquals(3, levels.daysOf(ApplicationKind.OPERATOR), "blank: the default");
        assertEquals(5, levels.daysOf(ApplicationKind.CUSTOMS_FILING), "untouched");
    }

    @Test
    void wrongValuesAreRefusedNamingTheSetting() {
        for (String wrong : new String[] {"0", "-1", "366", "two", "1.5"}) {
            IllegalStateException e = assertThrows(IllegalStateException.class,
                    () -> read(Map.of("eport.review.service-level-days.MOFCOM_FILING", wrong)), wrong);
            assertTrue(e.getMessage().contains("eport.review.service-level-days.MOFCOM_FILING"), e.getMessage());
            assertTrue(e.getMessage().contains("1 to 365"), e.getMessage());
        }
        assertEquals(365, read(Map.of("eport.review.service-level-days.MOFCOM_FILING", "365")).daysOf(ApplicationKind.MOFCOM_FILING));
        assertEquals(1, read(Map.of("eport.review.service-level-days.MOFCOM_FILING", "1")).daysOf(ApplicationKind.MOFCOM_FILING));
    }

    @Test
    void overdueMeansDeclaredBeforeNowMinusTheKindsDays() {
        ServiceLevels levels = read(Map.of("eport.review.service-level-days.LEGAL_PERSON_CARD", "4"));
        Instant now = Instant.parse("2026-12-06T05:00:00Z");
        assertEquals(Instant.parse("2026-12-02T05:00:00Z"), levels.overdueBefore(ApplicationKind.LEGAL_PERSON_CARD, now));
        assertEquals(Instant.parse("2026-12-01T05:00:00Z"), levels.overdueBefore(ApplicationKind.CUSTOMS_FILING, now));
    }
}
