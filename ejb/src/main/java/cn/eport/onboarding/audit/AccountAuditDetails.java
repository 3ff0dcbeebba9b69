package cn.eport.onboarding.audit;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.EnumSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The detail texts of the audit entries about logins and accounts: a code and its argument,
 * written here and read back here, so that pages say them in the user's language and show times
 * in the business zone. Entries written before the codes, as English phrases ("wrong password",
 * "locked until 2026-12-04T17:44:04.217193Z", "role ENTERPRISE"), are read as the same codes.
 */
public final class AccountAuditDetails {

    /** What an entry about a login or an account says. */
    public enum Code {
        /** A login with a username no account has (the typed name is not kept). */
        UNKNOWN_USERNAME,
        /** A login with a wrong password. */
        WRONG_PASSWORD,
        /** The account is locked until {@link Detail#until()}: a refused login, or the lock itself. */
        LOCKED_UNTIL,
        /** An account opened with the role {@link Detail#role()}. */
        ROLE,
        /** The first administrator, opened at installation. */
        INITIAL_ADMINISTRATOR
    }

    /** An entry's detail: the code, with the time of a lock or the role of a new account. */
    public record Detail(Code code, Instant until, String role) {
    }

    private static final Set<AuditAction> ACCOUNT_ACTIONS = EnumSet.of(AuditAction.LOGIN_REFUSED, AuditAction.ACCOUNT_LOCKED,
            AuditAction.ACCOUNT_OPENED);
    private static final Pattern CODED = Pattern.compile("(\\w+)(?: (\\S+))?");
    /** The phrases written before the codes, each to its code; the group, if any, is the argument. */
    private static final Map<Pattern, Code> PHRASES = Map.of(
            Pattern.compile("unknown username"), Code.UNKNOWN_USERNAME,
            Pattern.compile("wrong password"), Code.WRONG_PASSWORD,
            Pattern.compile("(?:locked )?until (\\S+)"), Code.LOCKED_UNTIL,
            Pattern.compile("role (\\w+)"), Code.ROLE,
            Pattern.compile("initial administrator"), Code.INITIAL_ADMINISTRATOR);

    private AccountAuditDetails() {
    }

    /** A detail without argument: {@link Code#UNKNOWN_USERNAME}, {@link Code#WRONG_PASSWORD}, {@link Code#INITIAL_ADMINISTRATOR}. */
    public static String of(Code code) {
        return code.name();
    }

    public static String lockedUntil(Instant until) {
        return Code.LOCKED_UNTIL.name() + " " + until;
    }

    public static String role(Enum<?> role) {
        return Code.ROLE.name() + " " + role.name();
    }

    /** The detail a login or account entry records, if it records one this class can read. */
    public static Optional<Detail> detailOf(AuditEvent event) {
        if (!ACCOUNT_ACTIONS.contains(event.getAction()) || event.getDetail() == null) {
            return Optional.empty();
        }
        String text = event.getDetail();
        Matcher coded = CODED.matcher(text);
        if (coded.matches()) {
            for (Code code : Code.values()) {
                if (code.name().equals(coded.group(1))) {
                    return detail(code, coded.group(2));
                }
            }
        }
        for (Map.Entry<Pattern, Code> phrase : PHRASES.entrySet()) {
            Matcher m = phrase.getKey().matcher(text);
            if (m.matches()) {
                return detail(phrase.getValue(), m.groupCount() == 0 ? null : m.group(1));
            }
        }
        return Optional.empty();
    }

    /** The detail if its argument is the one its code takes. */
    private static Optional<Detail> detail(Code code, String argument) {
        return switch (code) {
            case LOCKED_UNTIL -> instant(argument).map(until -> new Detail(code, until, null));
            case ROLE -> Optional.ofNullable(argument).map(role -> new Detail(code, null, role));
            default -> argument == null ? Optional.of(new Detail(code, null, null)) : Optional.empty();
        };
    }

    private static Optional<Instant> instant(String text) {
        try {
            return Optional.ofNullable(text).map(Instant::parse);
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }
}
