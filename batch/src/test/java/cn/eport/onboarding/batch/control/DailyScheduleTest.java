package cn.eport.onboarding.batch.control;

import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalTime;
import java.time.ZonedDateTime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class DailyScheduleTest {

    private static Instant beijing(String localDateTime) {
        return ZonedDateTime.of(java.time.LocalDateTime.parse(localDateTime), DailySchedule.BEIJING).toInstant();
    }

    @Test
    void readsHoursAndMinutesAndTheSwitch() {
        DailySchedule schedule = DailySchedule.of("housekeeping", " 03:30 ", "TRUE");
        assertEquals(LocalTime.of(3, 30), schedule.time());
        assertTrue(schedule.enabled());
        assertFalse(DailySchedule.of("housekeeping", "23:59", "false").enabled());
        assertEquals(LocalTime.MIDNIGHT, DailySchedule.of("housekeeping", "00:00", "true").time());
    }

    @Test
    void refusesWhatIsNotATimeOfDayOrASwitch() {
        for (String wrong : new String[]{"3:30", "24:00", "03:60", "0330", "03:30:00", "", "abc"}) {
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                    () -> DailySchedule.of("housekeeping", wrong, "true"), wrong);
            assertTrue(e.getMessage().contains("eport.batch.housekeeping.schedule"), e.getMessage());
        }
        assertThrows(IllegalArgumentException.class, () -> DailySchedule.of("housekeeping", null, "true"));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> DailySchedule.of("housekeeping", "03:30", "yes"));
        assertTrue(e.getMessage().contains("eport.batch.housekeeping.enabled"), e.getMessage());
    }

    @Test
    void nextFireIsTodayBeforeTheTimeAndTomorrowFromIt() {
        DailySchedule schedule = DailySchedule.of("code-table-sync", "01:30", "true");
        assertEquals(beijing("2026-12-06T01:30"), schedule.nextFire(beijing("2026-12-06T01:29:59")).orElseThrow().toInstant());
        assertEquals(beijing("2026-12-07T01:30"), schedule.nextFire(beijing("2026-12-06T01:30")).orElseThrow().toInstant());
        assertEquals(beijing("2026-12-07T01:30"), schedule.nextFire(beijing("2026-12-06T22:00")).orElseThrow().toInstant());
    }

    @Test
    void nextFireIsInBeijingTimeWhateverTheServerZone() {
        DailySchedule schedule = DailySchedule.of("code-table-sync", "01:30", "true");
        // 2026-12-05 17:00 UTC is 2026-12-06 01:00 in Beijing: the run is 30 minutes away, not tomorrow
        assertEquals(Instant.parse("2026-12-05T17:30:00Z"),
                schedule.nextFire(Instant.parse("2026-12-05T17:00:00Z")).orElseThrow().toInstant());
    }

    @Test
    void aJobThatIsOffHasNoNextFire() {
        assertTrue(DailySchedule.of("review-reconcile", "02:30", "false").nextFire(Instant.now()).isEmpty());
    }

    @Test
    void theTimerInfoChangesWithTheTimeAndNamesTheJob() {
        DailySchedule at0130 = DailySchedule.of("code-table-sync", "01:30", "true");
        DailySchedule at0200 = DailySchedule.of("code-table-sync", "02:00", "true");
        assertNotEquals(at0130.timerInfo(), at0200.timerInfo());
        assertEquals("code-table-sync", DailySchedule.jobOfTimerInfo(at0130.timerInfo()));
    }

    @Test
    void oneSlotPerBeijingDay() {
        DailySchedule schedule = DailySchedule.of("housekeeping", "03:30", "true");
        assertEquals("2026-12-06T03:30", schedule.slot(beijing("2026-12-06T03:30:00.004")));
        assertEquals(schedule.slot(beijing("2026-12-06T03:30")), schedule.slot(beijing("2026-12-06T03:31:10")));
        assertNotEquals(schedule.slot(beijing("2026-12-06T03:30")), schedule.slot(beijing("2026-12-07T03:30")));
    }
}
