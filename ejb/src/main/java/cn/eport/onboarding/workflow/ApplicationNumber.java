package cn.eport.onboarding.workflow;

import cn.eport.onboarding.time.BusinessCalendar;

import java.io.Serializable;
import java.time.Instant;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The 编号 users see for an application: its kind's prefix, the year (Beijing time) it was created
 * and its id, e.g. {@code SZ2026-000004} for a 三证合一 record, {@code BK2026-000004} for a 补办法人卡
 * application. Ids are unique within a kind, so prefix and id alone identify the application; the
 * year is for people. Derived, never stored, so it cannot drift from the record.
 */
public final class ApplicationNumber {

    private static final Pattern FORMAT = Pattern.compile("([A-Z]{2})(\\d{4})-(\\d{6,})");

    private ApplicationNumber() {
    }

    public static String of(ApplicationKind kind, Instant createdAt, long id) {
        return String.format("%s%d-%06d", kind.numberPrefix(), createdAt.atZone(BusinessCalendar.ZONE).getYear(), id);
    }

    /** The kind and id a number names; empty for text that is not a number of any kind. */
    public static Optional<Parsed> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        Matcher m = FORMAT.matcher(text.strip().toUpperCase(Locale.ROOT));
        if (!m.matches()) {
            return Optional.empty();
        }
        for (ApplicationKind kind : ApplicationKind.values()) {
            if (kind.numberPrefix().equals(m.group(1))) {
                return Optional.of(new Parsed(kind, Long.parseLong(m.group(3))));
            }
        }
        return Optional.empty();
    }

    /** An application's kind and id: what a number names. */
    public record Parsed(ApplicationKind kind, long id) implements Serializable {
    }
}
