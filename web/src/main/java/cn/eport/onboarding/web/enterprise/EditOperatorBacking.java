package cn.eport.onboarding.web.enterprise;

import cn.eport.onboarding.enterprise.EnterpriseRegistration;
import cn.eport.onboarding.enterprise.SaveOutcome;
import cn.eport.onboarding.operator.Gender;
import cn.eport.onboarding.operator.Operator;
import cn.eport.onboarding.operator.OperatorDetails;
import cn.eport.onboarding.operator.OperatorRefusedException;
import cn.eport.onboarding.operator.OperatorRules;
import cn.eport.onboarding.operator.OperatorRules.Field;
import cn.eport.onboarding.operator.OperatorService;
import cn.eport.onboarding.validation.InputNormalizer;
import cn.eport.onboarding.workflow.ApplicationKind;
import cn.eport.onboarding.workflow.WorkflowAction;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.util.List;
import java.util.Optional;

/**
 * /enterprise/operator-edit[?id=…]: the 操作员信息预录入 form (F-51..F-53). Only once the enterprise has a
 * saved 三证合一 record, whose enterprise fields it shows read-only; 性别 and 出生日期 follow an 18-digit
 * resident ID; after the first 暂存 of a new entry a dialog asks whether to add another (确定: a blank
 * form, 取消: the list). What every application form does is in {@link ApplicationFormBacking}.
 */
@Named
@ViewScoped
public class EditOperatorBacking extends ApplicationFormBacking<Operator, OperatorDetails, OperatorRules.Problem> {

    private static final long serialVersionUID = 1L;
    static final String LIST = "/enterprise/operators";
    static final FormPages PAGES = new FormPages("op", "operator", "/enterprise/operator-view", LIST);

    @Inject
    private OperatorService service;

    private boolean registered;
    private boolean askingToContinue;

    public EditOperatorBacking() {
        super(PAGES, new OperatorDetails());
    }

    @Override
    protected OperatorService service() {
        return service;
    }

    @Override
    protected ApplicationKind kind() {
        return ApplicationKind.OPERATOR;
    }

    @Override
    protected OperatorDetails detailsOf(Operator operator) {
        return operator.getDetails();
    }

    /** A new entry: possible only with a saved 三证合一 record (F-51), whose enterprise fields it shows. */
    @Override
    protected void opened() {
        Optional<EnterpriseRegistration> registration = service.registration();
        registered = registration.isPresent();
        registration.map(FormEnterprise::of).ifPresent(this::setEnterprise);
    }

    @Override
    protected void opened(Operator operator) {
        registered = true;
    }

    /** A refusal beside the fields' rules: no 三证合一 record (any more), or the same person saved at the same moment. */
    @Override
    protected boolean refused(RuntimeException e) {
        if (!(e instanceof OperatorRefusedException refusal)) {
            return false;
        }
        if (refusal.reason() == OperatorRefusedException.Reason.DUPLICATE) {
            summary().field(PAGES.clientId(Field.ID_NUMBER),
                    messages().get(refusal.reason().bundleKey(), messages().get(PAGES.labelKey(Field.ID_NUMBER))));
        } else {
            summary().global(messages().get(refusal.reason().bundleKey()));
        }
        return true;
    }

    /** The first 暂存 of a new entry stays on the form and asks whether to add another (F-52). */
    @Override
    protected String saved(WorkflowAction action, SaveOutcome<OperatorRules.Problem> outcome, boolean created) {
        if (created && action == WorkflowAction.SAVE_DRAFT) {
            askingToContinue = true;
            return null;
        }
        return super.saved(action, outcome, created);
    }

    /** 取消 in the "continue adding?" dialog: the list, with what was done. */
    public String backToList() {
        return Redirects.withMessage(LIST, messages().get("operator.savedDraft"));
    }

    /** 证件类别 or 证件号码 changed: 性别 and 出生日期 follow an 18-digit resident ID where they are still empty. */
    public void idChanged() {
        OperatorDetails d = getDetails();
        OperatorRules.derived(d.getIdTypeCode(), InputNormalizer.normalize(d.getIdNumber())).ifPresent(derived -> {
            if (d.getGender() == null) {
                d.setGender(derived.gender());
            }
            if (d.getBirthDate() == null) {
                d.setBirthDate(derived.birthDate());
            }
        });
    }

    /** The colour of a field: required for 申报 yellow, the others white. */
    public String kindOf(String fieldName) {
        return OperatorRules.required(true).contains(Field.valueOf(fieldName)) ? "required" : "optional";
    }

    public List<Gender> getGenders() {
        return List.of(Gender.values());
    }

    public boolean isRegistered() {
        return registered;
    }

    public boolean isAskingToContinue() {
        return askingToContinue;
    }
}
