package cn.eport.onboarding.web.enterprise;

import cn.eport.onboarding.card.LegalPersonCard;
import cn.eport.onboarding.card.LegalPersonCardNotFoundException;
import cn.eport.onboarding.card.LegalPersonCardService;
import cn.eport.onboarding.workflow.ApplicationStatus;
import cn.eport.onboarding.workflow.StatusTransition;
import cn.eport.onboarding.workflow.WorkflowAction;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.io.IOException;
import java.io.Serializable;
import java.util.List;

/** /enterprise/legal-person-card-view?id=…: one 补办法人卡 application read-only, with its history; 打印 where allowed. */
@Named
@ViewScoped
public class ViewLegalPersonCardBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private LegalPersonCardService service;

    private Long id;
    private LegalPersonCard card;
    private List<StatusTransition> history;
    private String returnReason;

    public void load() throws IOException {
        if (card != null) {
            return;
        }
        try {
            card = service.find(id);
            history = service.history(id);
            // only while it is returned: after the next 申报 the reason is history, not the current outcome
            returnReason = card.getStatus() == ApplicationStatus.RETURNED ? service.returnReason(id).orElse(null) : null;
        } catch (LegalPersonCardNotFoundException e) {
            NotFound.send();
        }
    }

    public boolean isPrintable() {
        return card != null && service.allowedActions(card).contains(WorkflowAction.PRINT);
    }

    public boolean isModifiable() {
        return card != null && service.allowedActions(card).contains(WorkflowAction.MODIFY);
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public LegalPersonCard getCard() {
        return card;
    }

    public List<StatusTransition> getHistory() {
        return history;
    }

    public String getReturnReason() {
        return returnReason;
    }
}
