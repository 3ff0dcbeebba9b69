package cn.eport.onboarding.web.audit;

import cn.eport.onboarding.account.AccountService;
import cn.eport.onboarding.attachment.AttachmentService;
import cn.eport.onboarding.audit.AccessRefusals;
import cn.eport.onboarding.audit.AccountAuditDetails;
import cn.eport.onboarding.audit.AuditAction;
import cn.eport.onboarding.audit.AuditDetails;
import cn.eport.onboarding.audit.AuditEvent;
import cn.eport.onboarding.codetable.CodeTable;
import cn.eport.onboarding.declaration.sealed.SealedDeclarationService;
import cn.eport.onboarding.web.enterprise.CodeOptions;
import cn.eport.onboarding.web.format.Formats;
import cn.eport.onboarding.web.history.TransitionWording;
import cn.eport.onboarding.web.i18n.Messages;
import cn.eport.onboarding.workflow.ApplicationKind;
import cn.eport.onboarding.workflow.ApplicationNumber;
import cn.eport.onboarding.workflow.ApplicationStatus;
import cn.eport.onboarding.workflow.WorkflowAction;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.MissingResourceException;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * An audit entry in the page's language. The 说明: status changes (worded as the 办理记录
 * words them), application changes, file entries, refused access and login/account entries are read
 * back from their stored codes (a sealed PDF's round and SHA-256 too) ({@link AuditDetails}, {@link AccountAuditDetails}) and labelled from
 * the bundle and the code tables, times in the business zone as the time column shows them; any
 * other detail is shown as stored. The 对象: the kind of record and its id, an application by its 编号.
 * The caller passes the 编号 of the applications its entries name ({@link AuditApplications}).
 */
@Named("auditTexts")
@RequestScoped
public class AuditEntryTexts {

    /** The kinds of record entries are about besides applications: files, accounts, refused pages. */
    private static final List<String> OTHER_SUBJECT_TYPES = List.of(AttachmentService.SUBJECT_TYPE, AccountService.ACCOUNT,
            AccessRefusals.URL_SUBJECT, SealedDeclarationService.SUBJECT_TYPE);

    @Inject
    private Messages messages;

    @Inject
    private CodeOptions codeOptions;

    @Inject
    private Formats formats;

    /** Every kind of record the trail's entries are about, applications first: the 对象 filter's choices. */
    public static List<String> subjectTypes() {
        return Stream.concat(Arrays.stream(ApplicationKind.values()).map(Enum::name), OTHER_SUBJECT_TYPES.stream()).toList();
    }

    /** The name of a kind of record: 三证合一, 随附单据, 账户, 页面. */
    public String subjectTypeLabel(String subjectType) {
        return constant(ApplicationKind.class, subjectType).map(k -> messages.get("applicationKind." + k))
                .orElseGet(() -> label("audit.subjectType." + subjectType, subjectType));
    }

    /** The entry's record: an application's 编号 (its id if it is gone), or the id as stored. */
    public String subject(AuditEvent event, Map<ApplicationNumber.Parsed, String> numbers) {
        return AuditApplications.subjectOf(event).map(numbers::get).orElseGet(() -> event.getSubjectId() == null ? "" : event.getSubjectId());
    }

    /** Who: the login name, or the system and the back office's reviewer in words, as the 办理记录 names them. */
    public String actor(AuditEvent event) {
        return TransitionWording.actor(event.getActor(), messages::get);
    }

    /** The 说明. */
    public String describe(AuditEvent event, Map<ApplicationNumber.Parsed, String> numbers) {
        return AuditDetails.transitionOf(event).map(this::transition)
                .or(() -> AuditDetails.fileOf(event, AttachmentService.SUBJECT_TYPE).map(f -> file(f, numbers)))
                .or(() -> AuditDetails.refusalOf(event).map(r -> refusal(event, r, numbers)))
                .or(() -> AuditDetails.sealedOf(event).map(d -> messages.get("audit.detail.sealed", String.valueOf(d.round()), d.sha256())))
                .or(() -> AccountAuditDetails.detailOf(event).map(this::account))
                .orElseGet(() -> isApplicationChange(event) ? label("action." + event.getDetail(), event.getDetail())
                        : event.getDetail());
    }

    /** As the 办理记录 words it when the entry names its action; an entry written before that: from → to. */
    private String transition(AuditDetails.Transition t) {
        Optional<WorkflowAction> action = constant(WorkflowAction.class, t.action());
        Optional<ApplicationStatus> to = constant(ApplicationStatus.class, t.to());
        Optional<ApplicationStatus> from = constant(ApplicationStatus.class, t.from());
        if (action.isPresent() && to.isPresent() && (from.isPresent() || AuditDetails.NEW.equals(t.from()))) {
            return TransitionWording.describe(action.get(), from.orElse(null), to.get(), t.reason(), messages::get);
        }
        return legacyTransition(t);
    }

    private String legacyTransition(AuditDetails.Transition t) {
        String from = AuditDetails.NEW.equals(t.from()) ? messages.get("audit.detail.new") : label("status." + t.from(), t.from());
        String to = label("status." + t.to(), t.to());
        return t.reason() == null ? messages.get("audit.detail.transition", from, to)
                : messages.get("audit.detail.transitionWithReason", from, to, t.reason());
    }

    /** The file's type and name, and its application: the 编号, or kind and id of one gone since, or "not saved yet". */
    private String file(AuditDetails.File f, Map<ApplicationNumber.Parsed, String> numbers) {
        String kind = label("applicationKind." + f.applicationKind(), f.applicationKind());
        String application = "staged".equals(f.applicationId()) ? kind + " " + messages.get("audit.detail.staged")
                : AuditApplications.applicationOf(f).map(numbers::get).orElse(kind + " " + f.applicationId());
        return messages.get("audit.detail.file", application, codeOptions.label(CodeTable.DOCUMENT_TYPE, f.documentType()), f.name());
    }

    /** What was refused (the record's kind and 编号 or id, or the page's method and URL) and the answer. */
    private String refusal(AuditEvent event, AuditDetails.Refusal r, Map<ApplicationNumber.Parsed, String> numbers) {
        String answer = label("audit.refused." + r.answer(), r.answer());
        if (r.url() != null) {
            return messages.get("audit.detail.refusedPage", r.method(), r.url(), answer);
        }
        return messages.get("audit.detail.refusedRecord", subjectTypeLabel(event.getSubjectType()), subject(event, numbers), answer);
    }

    /** A login's or an account's detail: why a login was refused, until when an account is locked, the role it was opened with. */
    private String account(AccountAuditDetails.Detail d) {
        String key = "audit.detail.account." + d.code();
        return switch (d.code()) {
            case LOCKED_UNTIL -> messages.get(key, formats.dateTime(d.until()));
            case ROLE -> messages.get(key, label("role." + d.role(), d.role()));
            default -> messages.get(key);
        };
    }

    /** An application's 暂存/申报 after its creation: the detail is the workflow action. */
    private static boolean isApplicationChange(AuditEvent event) {
        return event.getAction() == AuditAction.CHANGED && constant(ApplicationKind.class, event.getSubjectType()).isPresent()
                && constant(WorkflowAction.class, event.getDetail()).isPresent();
    }

    private static <E extends Enum<E>> Optional<E> constant(Class<E> type, String name) {
        return Arrays.stream(type.getEnumConstants()).filter(c -> c.name().equals(name)).findFirst();
    }

    private String label(String key, String fallback) {
        try {
            return messages.get(key);
        } catch (MissingResourceException e) {
            return fallback;
        }
    }
}
