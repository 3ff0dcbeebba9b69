package cn.eport.onboarding.web.audit;

import cn.eport.onboarding.attachment.AttachmentService;
import cn.eport.onboarding.audit.AuditAction;
import cn.eport.onboarding.audit.AuditDetails;
import cn.eport.onboarding.audit.AuditEvent;
import cn.eport.onboarding.codetable.CodeTable;
import cn.eport.onboarding.web.enterprise.CodeOptions;
import cn.eport.onboarding.web.i18n.Messages;
import cn.eport.onboarding.workflow.ApplicationKind;
import cn.eport.onboarding.workflow.WorkflowAction;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.util.Arrays;
import java.util.MissingResourceException;

/**
 * The 说明 of an audit entry in the page's language: status changes, application changes, file
 * entries and refused access are read back from their stored codes ({@link AuditDetails}) and
 * labelled from the bundle and the code tables; any other detail is shown as stored.
 */
@Named("auditTexts")
@RequestScoped
public class AuditEntryTexts {

    @Inject
    private Messages messages;

    @Inject
    private CodeOptions codeOptions;

    public String describe(AuditEvent event) {
        return AuditDetails.transitionOf(event).map(this::transition)
                .or(() -> AuditDetails.fileOf(event, AttachmentService.SUBJECT_TYPE).map(this::file))
                .or(() -> AuditDetails.refusalOf(event).map(r -> refusal(event, r)))
                .orElseGet(() -> isApplicationChange(event) ? label("action." + event.getDetail(), event.getDetail())
                        : event.getDetail());
    }

    private String transition(AuditDetails.Transition t) {
        String from = AuditDetails.NEW.equals(t.from()) ? messages.get("audit.detail.new") : label("status." + t.from(), t.from());
        String to = label("status." + t.to(), t.to());
        return t.reason() == null ? messages.get("audit.detail.transition", from, to)
                : messages.get("audit.detail.transitionWithReason", from, to, t.reason());
    }

    private String file(AuditDetails.File f) {
        String application = "staged".equals(f.applicationId()) ? messages.get("audit.detail.staged") : f.applicationId();
        return messages.get("audit.detail.file", label("applicationKind." + f.applicationKind(), f.applicationKind()),
                application, codeOptions.label(CodeTable.DOCUMENT_TYPE, f.documentType()), f.name());
    }

    /** What was refused (the record's kind and id, or the page's method and URL) and the answer. */
    private String refusal(AuditEvent event, AuditDetails.Refusal r) {
        String answer = label("audit.refused." + r.answer(), r.answer());
        if (r.url() != null) {
            return messages.get("audit.detail.refusedPage", r.method(), r.url(), answer);
        }
        String type = event.getSubjectType();
        String what = AttachmentService.SUBJECT_TYPE.equals(type) ? messages.get("audit.subjectType." + type)
                : label("applicationKind." + type, type);
        return messages.get("audit.detail.refusedRecord", what, event.getSubjectId(), answer);
    }

    /** An application's 暂存/申报 after its creation: the detail is the workflow action. */
    private static boolean isApplicationChange(AuditEvent event) {
        return event.getAction() == AuditAction.CHANGED && event.getDetail() != null
                && Arrays.stream(ApplicationKind.values()).anyMatch(k -> k.name().equals(event.getSubjectType()))
                && Arrays.stream(WorkflowAction.values()).anyMatch(a -> a.name().equals(event.getDetail()));
    }

    private String label(String key, String fallback) {
        try {
            return messages.get(key);
        } catch (MissingResourceException e) {
            return fallback;
        }
    }
}
