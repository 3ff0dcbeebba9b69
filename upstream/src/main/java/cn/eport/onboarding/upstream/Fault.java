package cn.eport.onboarding.upstream;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A failure played on demand, named by one path segment {@code <kind>[-<number>][~<tag>]}:
 * <ul>
 * <li>{@code status-<n>}: answers HTTP n (400–599), no body</li>
 * <li>{@code slow-<ms>}: waits that long (at most 60 s), then answers as usual</li>
 * <li>{@code malformed}: 200 with a body that is not JSON</li>
 * <li>{@code huge}: 200 with a body over 1 MiB</li>
 * <li>{@code flaky-<n>}: the first n requests of this segment answer 503, the later ones as usual</li>
 * </ul>
 * The tag only tells segments apart: each segment counts its own requests, so a test that wants
 * to count uses a tag of its own.
 */
record Fault(Kind kind, int number) {

    enum Kind {
        STATUS, SLOW, MALFORMED, HUGE, FLAKY
    }

    static final int MAX_SLOW_MS = 60_000;
    private static final Pattern SEGMENT = Pattern.compile("(status|slow|malformed|huge|flaky)(?:-(\\d{1,6}))?(?:~[A-Za-z0-9_.-]{1,64})?");

    /** The fault of a segment; empty when the segment names none (then upstream answers 404). */
    static Optional<Fault> parse(String segment) {
        Matcher matcher = SEGMENT.matcher(segment == null ? "" : segment);
        if (!matcher.matches()) {
            return Optional.empty();
        }
        Kind kind = Kind.valueOf(matcher.group(1).toUpperCase(java.util.Locale.ROOT));
        boolean needsNumber = kind == Kind.STATUS || kind == Kind.SLOW || kind == Kind.FLAKY;
        if (needsNumber != (matcher.group(2) != null)) {
            return Optional.empty();
        }
        int number = needsNumber ? Integer.parseInt(matcher.group(2)) : 0;
        if ((kind == Kind.STATUS && (number < 400 || number > 599)) || (kind == Kind.SLOW && number > MAX_SLOW_MS)) {
            return Optional.empty();
        }
        return Optional.of(new Fault(kind, number));
    }
}
