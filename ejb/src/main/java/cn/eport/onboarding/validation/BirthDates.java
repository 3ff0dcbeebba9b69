package cn.eport.onboarding.validation;

import java.time.Clock;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.ZoneId;

/**
 * The birth-date rules of ID numbers: a real calendar date, not after today and not before 1900.
 * "Today" is the date in China (Asia/Shanghai), whatever zone the server's clock uses, so a
 * child born this morning in Beijing is not "in the future" on a server that runs on UTC.
 */
final class BirthDates {

    static final ZoneId CHINA = cn.eport.onboarding.time.BusinessCalendar.ZONE;
    static final LocalDate EARLIEST = LocalDate.of(1900, 1, 1);

    private BirthDates() {
    }

    static LocalDate today(Clock clock) {
        return LocalDate.now(clock.withZone(CHINA));
    }

    /** The date, or {@code null} when year/month/day do not form a calendar date. */
    static LocalDate dateOrNull(int year, int month, int day) {
        try {
            return LocalDate.of(year, month, day);
        } catch (DateTimeException e) {
            return null;
        }
    }

    /**
     * Checks the 8 digits YYYYMMDD at positions {@code from..from+7} of {@code value}.
     *
     * @return the birth date, or {@code null} when an error was added
     */
    static LocalDate checkYyyyMmDd(String value, int from, LocalDate today, ValidationResult.Builder result) {
        String digits = value.substring(from - 1, from + 7);
        LocalDate date = dateOrNull(Integer.parseInt(digits.substring(0, 4)),
                Integer.parseInt(digits.substring(4, 6)), Integer.parseInt(digits.substring(6, 8)));
        return check(date, digits, from, from + 7, today, result);
    }

    static LocalDate check(LocalDate date, String shown, int from, int to, LocalDate today,
                           ValidationResult.Builder result) {
        if (date == null) {
            result.error(Reason.BIRTH_DATE_IMPOSSIBLE, shown, from, to);
        } else if (date.isAfter(today)) {
            result.error(Reason.BIRTH_DATE_IN_FUTURE, shown, from, to);
        } else if (date.isBefore(EARLIEST)) {
            result.error(Reason.BIRTH_DATE_TOO_EARLY, shown, from, to, EARLIEST.getYear());
        } else {
            return date;
        }
        return null;
    }
}
