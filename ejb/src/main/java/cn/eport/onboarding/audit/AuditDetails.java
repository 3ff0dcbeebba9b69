package cn.eport.onboarding.audit;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The detail texts of the audit entries about applications and their files: written here, and read
 * back here so that pages can show them in the user's language. The stored text stays plain and
 * language-neutral (codes, not labels), as an audit record should.
 */
public final class AuditDetails {

    /** The "from" of an application's first transition: it had no status before. */
    public static final String NEW = "NEW";

    /** {@code [action ]from → to[: reason]}: entries written before the action was recorded have none. */
    private static final Pattern TRANSITION = Pattern.compile("(?:(\\w+) )?(\\w+) → (\\w+)(?:: (.*))?", Pattern.DOTALL);
    private static final Pattern FILE = Pattern.compile("(\\w+) (\\w+) (\\w+) (.*)", Pattern.DOTALL);
    private static final Pattern SEALED = Pattern.compile("([1-9][0-9]*) ([0-9a-f]{64})");
    private static final Pattern REFUSAL = Pattern.compile("(\\w+)(?: (\\S+) (.*))?", Pattern.DOTALL);

    private AuditDetails() {
    }

    /**
     * A status change of an application: the action that made it (null in entries written before it
     * was recorded), from ({@link #NEW} for a new one) and to, with the reason if any.
     */
    public record Transition(String action, String from, String to, String reason) {
    }

    /** A file of an application: its kind, the application's id ({@code staged} before its first save), type and name. */
    public record File(String applicationKind, String applicationId, String documentType, String name) {
    }

    /**
     * A refused access ({@link AccessRefusals}): the answer, and for a refused page the request's
     * method and URL (null for a record, which the entry's subject names).
     */
    public record Refusal(String answer, String method, String url) {
    }

    /** The sealed PDF of an application's declaration: its round and the PDF's SHA-256. */
    public record Sealed(int round, String sha256) {
    }

    /** A sealed PDF (stored or downloaded): the round it seals and the SHA-256 of its bytes. */
    public static String sealed(int round, String sha256) {
        return round + " " + sha256;
    }

    /** The sealed PDF an entry records, if it is about one. */
    public static Optional<Sealed> sealedOf(AuditEvent event) {
        if ((event.getAction() != AuditAction.SEALED && event.getAction() != AuditAction.SEALED_DOWNLOADED) || event.getDetail() == null) {
            return Optional.empty();
        }
        Matcher m = SEALED.matcher(event.getDetail());
        return m.matches() ? Optional.of(new Sealed(Integer.parseInt(m.group(1)), m.group(2))) : Optional.empty();
    }

    public static String transition(Enum<?> action, Enum<?> from, Enum<?> to, String reason) {
        return action.name() + " " + (from == null ? NEW : from.name()) + " → " + to.name() + (reason == null ? "" : ": " + reason);
    }

    public static String file(Enum<?> applicationKind, Long applicationId, String documentType, String name) {
        return applicationKind.name() + " " + (applicationId == null ? "staged" : applicationId) + " " + documentType + " " + name;
    }

    /** The refusal of a record (the entry's subject). */
    public static String refusal(Enum<?> answer) {
        return answer.name();
    }

    /** The refusal of a request for a page: method and URL as requested. */
    public static String refusal(Enum<?> answer, String method, String url) {
        return answer.name() + " " + method + " " + url;
    }

    /** The refusal an entry records, if it records one. */
    public static Optional<Refusal> refusalOf(AuditEvent event) {
        if (event.getAction() != AuditAction.ACCESS_REFUSED || event.getDetail() == null) {
            return Optional.empty();
        }
        Matcher m = REFUSAL.matcher(event.getDetail());
        return m.matches() ? Optional.of(new Refusal(m.group(1), m.group(2), m.group(3))) : Optional.empty();
    }

    /** The transition an entry records, if it records one. */
    public static Optional<Transition> transitionOf(AuditEvent event) {
        if (event.getAction() != AuditAction.TRANSITION || event.getDetail() == null) {
            return Optional.empty();
        }
        Matcher m = TRANSITION.matcher(event.getDetail());
        return m.matches() ? Optional.of(new Transition(m.group(1), m.group(2), m.group(3), m.group(4))) : Optional.empty();
    }

    /** The file an entry of this subject type is about, if it is one. */
    public static Optional<File> fileOf(AuditEvent event, String fileSubjectType) {
        if (!fileSubjectType.equals(event.getSubjectType()) || event.getDetail() == null) {
            return Optional.empty();
        }
        Matcher m = FILE.matcher(event.getDetail());
        return m.matches() ? Optional.of(new File(m.group(1), m.group(2), m.group(3), m.group(4))) : Optional.empty();
    }
}
