package cn.eport.onboarding.web.enterprise;

import cn.eport.onboarding.enterprise.BackFill;
import cn.eport.onboarding.enterprise.ConcurrentChangeException;
import cn.eport.onboarding.enterprise.EnterpriseRegistration;
import cn.eport.onboarding.enterprise.RegistrationDetails;
import cn.eport.onboarding.enterprise.RegistrationNotFoundException;
import cn.eport.onboarding.enterprise.RegistrationRules;
import cn.eport.onboarding.enterprise.RegistrationRules.Field;
import cn.eport.onboarding.enterprise.RegistrationService;
import cn.eport.onboarding.enterprise.SaveOutcome;
import cn.eport.onboarding.web.attachment.FormAttachments;
import cn.eport.onboarding.web.i18n.Messages;
import cn.eport.onboarding.workflow.ApplicationStatus;
import cn.eport.onboarding.workflow.WorkflowAction;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.io.IOException;
import java.io.Serializable;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * /enterprise/registration-edit[?id=…]: the 三证合一 entry form (F-12, F-13, F-15). New records are
 * back-filled from the registry after the user confirms; 暂存 and 申报 go through the service, which
 * applies the rules and the state machine; nothing typed is lost when it refuses.
 */
@Named
@ViewScoped
public class EditRegistrationBacking implements Serializable {

    private static final long serialVersionUID = 1L;
    static final String FORM = "reg";

    @Inject
    private RegistrationService service;

    @Inject
    private Messages messages;

    private Long id;
    private long version;
    private ApplicationStatus status;
    private String requestToken = UUID.randomUUID().toString();
    private RegistrationDetails details = new RegistrationDetails();
    private BackFill backFill;
    private Set<Field> backFilled = EnumSet.noneOf(Field.class);
    private String returnReason;
    private final ErrorSummary summary = new ErrorSummary();
    private boolean loaded;
    private boolean backFillConfirmed;

    /** f:viewAction: load the record (only if the caller may modify it) or ask the registry for a new one. */
    public void load() throws IOException {
        if (loaded) {
            return;
        }
        loaded = true;
        if (id == null) {
            backFill = service.backFill();
            return;
        }
        EnterpriseRegistration registration;
        try {
            registration = service.find(id);
        } catch (RegistrationNotFoundException e) {
            NotFound.send();
            return;
        }
        if (!service.allowedActions(registration).contains(WorkflowAction.MODIFY)) {
            Redirects.to("/enterprise/registration-view?id=" + id);
            return;
        }
        version = registration.getVersion();
        status = registration.getStatus();
        details = registration.getDetails();
        returnReason = status == ApplicationStatus.RETURNED ? service.returnReason(id).orElse(null) : null;
    }

    /** 反填: use the registry's data; those fields become grey and read-only. */
    public void confirmBackFill() {
        if (isBackFillOffered()) {
            details = backFill.details().copy();
            backFilled = backFill.fields().isEmpty() ? EnumSet.noneOf(Field.class) : EnumSet.copyOf(backFill.fields());
            backFillConfirmed = true;
        }
    }

    public boolean isBackFillOffered() {
        return backFill != null && backFill.outcome() == BackFill.Outcome.FOUND && !backFillConfirmed;
    }

    public boolean isRegistryWithoutEnterprise() {
        return backFill != null && backFill.outcome() == BackFill.Outcome.NOT_FOUND;
    }

    public String getRegistryUnavailable() {
        return backFill != null && backFill.outcome() == BackFill.Outcome.UNAVAILABLE ? messages.get(backFill.unavailableKey()) : null;
    }

    /** The colour of a field (F-13): back-filled and greyed grey, required yellow, others white. */
    public String kindOf(String fieldName) {
        Field field = Field.valueOf(fieldName);
        if (backFilled.contains(field)) {
            return "backfilled";
        }
        if (RegistrationRules.greyedFor(details.getLegalPersonType()).contains(field)) {
            return "greyed";
        }
        return RegistrationRules.requiredFor(details).contains(field) ? "required" : "optional";
    }

    public boolean isReadOnly(String fieldName) {
        String kind = kindOf(fieldName);
        return "backfilled".equals(kind) || "greyed".equals(kind);
    }

    public boolean isOtherTypeShown() {
        return RegistrationRules.OTHER_ENTERPRISE_TYPE.equals(details.getEnterpriseType());
    }

    /** 法人类型 changed: greyed fields are cleared at once. */
    public void legalPersonTypeChanged() {
        details = RegistrationRules.normalized(details);
    }

    /** 主管海关 chosen: 发卡机构代码 follows. */
    public void customsDistrictChanged() {
        details.setCardIssuerCode(service.cardIssuerOf(details.getCustomsDistrictCode()).orElse(null));
    }

    public String saveDraft() {
        return save(WorkflowAction.SAVE_DRAFT);
    }

    public String declare() {
        return save(WorkflowAction.DECLARE);
    }

    private String save(WorkflowAction action) {
        summary.clear();
        SaveOutcome outcome;
        try {
            outcome = service.save(id, version, requestToken, details, action);
        } catch (ConcurrentChangeException e) {
            summary.global(messages.get("registration.concurrentChange"));
            return null;
        }
        if (!outcome.saved()) {
            for (RegistrationRules.Problem problem : outcome.problems()) {
                summary.field(FORM + ":" + inputId(problem.field()), messages.get(problem.key(), messages.get(labelKey(problem.field()))));
            }
            return null;
        }
        return Redirects.withMessage("/enterprise/registrations",
                messages.get(action == WorkflowAction.DECLARE ? "registration.declared" : "registration.savedDraft"));
    }

    /** The input id of a field on the page: the field's name in lowerCamelCase. */
    static String inputId(Field field) {
        return FieldIds.inputId(field);
    }

    static String labelKey(Field field) {
        return "registration.field." + inputId(field);
    }

    /** A new record's uploads wait under this key for its first save (see {@link FormAttachments}). */
    public String getStagingKey() {
        return FormAttachments.stagingKey(id, requestToken);
    }

    public boolean isAttachmentsEditable() {
        return FormAttachments.editable(id, status);
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public ApplicationStatus getStatus() {
        return status;
    }

    public RegistrationDetails getDetails() {
        return details;
    }

    public String getReturnReason() {
        return returnReason;
    }

    public List<ErrorSummary.Line> getSummary() {
        return summary.getLines();
    }
}
