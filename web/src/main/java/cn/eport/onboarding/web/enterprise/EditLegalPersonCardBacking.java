package cn.eport.onboarding.web.enterprise;

import cn.eport.onboarding.card.CardDetails;
import cn.eport.onboarding.card.CardSaveOutcome;
import cn.eport.onboarding.card.LegalPersonCard;
import cn.eport.onboarding.card.LegalPersonCardNotFoundException;
import cn.eport.onboarding.card.LegalPersonCardRules;
import cn.eport.onboarding.card.LegalPersonCardRules.Field;
import cn.eport.onboarding.card.LegalPersonCardService;
import cn.eport.onboarding.card.ReissueReason;
import cn.eport.onboarding.enterprise.ConcurrentChangeException;
import cn.eport.onboarding.enterprise.Enterprise;
import cn.eport.onboarding.validation.ValidationProblem;
import cn.eport.onboarding.validation.ValidationTexts;
import cn.eport.onboarding.web.attachment.FormAttachments;
import cn.eport.onboarding.web.i18n.Messages;
import cn.eport.onboarding.workflow.ApplicationStatus;
import cn.eport.onboarding.workflow.IllegalTransitionException;
import cn.eport.onboarding.workflow.WorkflowAction;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.io.IOException;
import java.io.Serializable;
import java.util.List;
import java.util.UUID;

/**
 * /enterprise/legal-person-card-edit[?id=…]: the 补办法人卡 form (F-60). The enterprise and its legal
 * person come from the account; the 主管海关 from the enterprise's 三证合一 record where it has one.
 * 暂存 and 申报 go through the service, which applies the rules and the state machine; nothing typed
 * is lost when it refuses.
 */
@Named
@ViewScoped
public class EditLegalPersonCardBacking implements Serializable {

    private static final long serialVersionUID = 1L;
    static final String FORM = "card";

    @Inject
    private LegalPersonCardService service;

    @Inject
    private Messages messages;

    private Long id;
    private long version;
    private ApplicationStatus status;
    private String requestToken = UUID.randomUUID().toString();
    private CardDetails details = new CardDetails();
    private String enterpriseUscc;
    private String enterpriseName;
    private String legalPerson;
    private String registeredDistrict;
    private String returnReason;
    private final ErrorSummary summary = new ErrorSummary();
    private boolean loaded;

    /** f:viewAction: load the application (only if the caller may modify it), or start a new one. */
    public void load() throws IOException {
        if (loaded) {
            return;
        }
        loaded = true;
        if (id == null) {
            Enterprise enterprise = service.callerEnterprise();
            enterpriseUscc = enterprise.getUscc();
            enterpriseName = enterprise.getName();
            legalPerson = enterprise.getLegalPerson();
        } else {
            LegalPersonCard card;
            try {
                card = service.find(id);
            } catch (LegalPersonCardNotFoundException e) {
                NotFound.send();
                return;
            }
            if (!service.allowedActions(card).contains(WorkflowAction.MODIFY)) {
                Redirects.to("/enterprise/legal-person-card-view?id=" + id);
                return;
            }
            version = card.getVersion();
            status = card.getStatus();
            details = card.getDetails();
            enterpriseUscc = card.getEnterpriseUscc();
            enterpriseName = card.getEnterpriseName();
            legalPerson = card.getLegalPerson();
            returnReason = status == ApplicationStatus.RETURNED ? service.returnReason(id).orElse(null) : null;
        }
        registeredDistrict = service.registeredCustomsDistrict().orElse(null);
        if (registeredDistrict != null) {
            details.setCustomsDistrictCode(registeredDistrict);
            customsDistrictChanged();
        }
    }

    /** The colour of a field: the district taken from 三证合一 grey, required yellow, others white. */
    public String kindOf(String fieldName) {
        Field field = Field.valueOf(fieldName);
        if (field == Field.CUSTOMS_DISTRICT && registeredDistrict != null) {
            return "backfilled";
        }
        return LegalPersonCardRules.requiredFor(details).contains(field) ? "required" : "optional";
    }

    public boolean isDistrictFromRegistration() {
        return registeredDistrict != null;
    }

    public boolean isReasonOtherShown() {
        return details.getReason() == ReissueReason.OTHER;
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
        CardSaveOutcome outcome;
        try {
            outcome = service.save(id, version, requestToken, details, action);
        } catch (ConcurrentChangeException | IllegalTransitionException e) {
            summary.global(messages.get("common.concurrentChange"));
            return null;
        }
        if (!outcome.saved()) {
            for (LegalPersonCardRules.Problem problem : outcome.problems()) {
                summary.field(FORM + ":" + inputId(problem.field()), text(problem));
            }
            return null;
        }
        return Redirects.withMessage("/enterprise/status",
                messages.get(action == WorkflowAction.DECLARE ? "card.declared" : "card.savedDraft"));
    }

    private String text(LegalPersonCardRules.Problem problem) {
        Object detail = problem.detail() instanceof ValidationProblem cause
                ? ValidationTexts.forLocale(FacesContext.getCurrentInstance().getViewRoot().getLocale()).format(cause)
                : problem.detail();
        return messages.get(problem.key(), messages.get(labelKey(problem.field())), detail);
    }

    static String inputId(Field field) {
        return FieldIds.inputId(field);
    }

    static String labelKey(Field field) {
        return "card.field." + inputId(field);
    }

    public List<ReissueReason> getReasons() {
        return List.of(ReissueReason.values());
    }

    /** A new application's uploads wait under this key for its first save (see {@link FormAttachments}). */
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

    public CardDetails getDetails() {
        return details;
    }

    public String getEnterpriseUscc() {
        return enterpriseUscc;
    }

    public String getEnterpriseName() {
        return enterpriseName;
    }

    public String getLegalPerson() {
        return legalPerson;
    }

    public String getReturnReason() {
        return returnReason;
    }

    public List<ErrorSummary.Line> getSummary() {
        return summary.getLines();
    }
}
