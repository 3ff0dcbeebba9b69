package cn.eport.onboarding.web.audit;

import cn.eport.onboarding.attachment.AttachmentService;
import cn.eport.onboarding.audit.AuditDetails;
import cn.eport.onboarding.audit.AuditEvent;
import cn.eport.onboarding.workflow.ApplicationKind;
import cn.eport.onboarding.workflow.ApplicationNumber;

import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.Optional;
import java.util.Set;

/**
 * The applications audit entries name by kind and id: an entry's subject when it is an
 * application, and the application a file entry's file belongs to. Their 编号 are looked up for a
 * page of entries at once.
 */
public final class AuditApplications {

    private AuditApplications() {
    }

    /** Every application the entries name. */
    public static Set<ApplicationNumber.Parsed> namedBy(Collection<AuditEvent> events) {
        Set<ApplicationNumber.Parsed> named = new LinkedHashSet<>();
        for (AuditEvent event : events) {
            subjectOf(event).ifPresent(named::add);
            AuditDetails.fileOf(event, AttachmentService.SUBJECT_TYPE).flatMap(AuditApplications::applicationOf).ifPresent(named::add);
        }
        return named;
    }

    /** The entry's subject, when it is an application. */
    static Optional<ApplicationNumber.Parsed> subjectOf(AuditEvent event) {
        return of(event.getSubjectType(), event.getSubjectId());
    }

    /** The application a file belongs to; none while it is staged. */
    static Optional<ApplicationNumber.Parsed> applicationOf(AuditDetails.File file) {
        return of(file.applicationKind(), file.applicationId());
    }

    /** The kind is an application kind's name and the id a number. */
    private static Optional<ApplicationNumber.Parsed> of(String kind, String id) {
        if (id == null || !id.matches("\\d{1,18}")) {
            return Optional.empty();
        }
        return Arrays.stream(ApplicationKind.values()).filter(k -> k.name().equals(kind)).findFirst()
                .map(k -> new ApplicationNumber.Parsed(k, Long.parseLong(id)));
    }
}
