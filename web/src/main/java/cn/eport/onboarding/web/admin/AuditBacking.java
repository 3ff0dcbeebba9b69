package cn.eport.onboarding.web.admin;

import cn.eport.onboarding.audit.AuditAction;
import cn.eport.onboarding.audit.AuditEvent;
import cn.eport.onboarding.audit.AuditQuery;
import cn.eport.onboarding.audit.AuditTrail;
import cn.eport.onboarding.validation.TextInput;
import cn.eport.onboarding.web.format.Formats;
import cn.eport.onboarding.web.i18n.Messages;
import cn.eport.onboarding.web.paging.PagedModel;
import cn.eport.onboarding.web.query.DateRangeInput;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.primefaces.model.LazyDataModel;

import java.io.Serializable;

/** /admin/audit: administrators search the audit trail by who, what, which record and when. */
@Named
@ViewScoped
public class AuditBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private AuditTrail trail;

    @Inject
    private Formats formats;

    @Inject
    private Messages messages;

    private String actor;
    private AuditAction action;
    private String subject;
    private final DateRangeInput dates = new DateRangeInput();
    private AuditQuery query = new AuditQuery(null, null, null, null, null);
    private LazyDataModel<AuditEvent> events;

    @PostConstruct
    void init() {
        events = new PagedModel<>(() -> trail.count(query), (first, max) -> trail.search(query, first, max), AuditEvent::getId);
    }

    /** 查询: a start date after the end date gets a message and no query. */
    public void search() {
        dates.checked("audit:from", messages).ifPresent(range -> query = new AuditQuery(TextInput.strippedOrNull(actor), action,
                TextInput.strippedOrNull(subject), range.startIn(formats.zone()).orElse(null), range.endExclusiveIn(formats.zone()).orElse(null)));
    }

    /** 重置: back to all entries. */
    public void reset() {
        actor = null;
        action = null;
        subject = null;
        dates.clear();
        query = new AuditQuery(null, null, null, null, null);
    }

    public AuditAction[] getActions() {
        return AuditAction.values();
    }

    public LazyDataModel<AuditEvent> getEvents() {
        return events;
    }

    public String getActor() {
        return actor;
    }

    public void setActor(String actor) {
        this.actor = actor;
    }

    public AuditAction getAction() {
        return action;
    }

    public void setAction(AuditAction action) {
        this.action = action;
    }

    public String getSubject() {
        return subject;
    }

    public void setSubject(String subject) {
        this.subject = subject;
    }

    public DateRangeInput getDates() {
        return dates;
    }
}
