package cn.eport.onboarding.web.account;

import cn.eport.onboarding.apitoken.ApiTokenLifetime;
import cn.eport.onboarding.apitoken.ApiTokenNotFoundException;
import cn.eport.onboarding.apitoken.ApiTokenRejectedException;
import cn.eport.onboarding.apitoken.ApiTokenService;
import cn.eport.onboarding.apitoken.ApiTokenView;
import cn.eport.onboarding.apitoken.NewApiToken;
import cn.eport.onboarding.web.i18n.Messages;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.util.List;

/**
 * The user's personal API tokens (/account/api-tokens; ADR 0030): the list, a new token and 撤销.
 * A new token's secret lives only in this request's answer: it is shown once and kept nowhere, not
 * even in the session (the backing is request-scoped).
 */
@Named
@RequestScoped
public class ApiTokensBacking {

    static final String NAME_FIELD = "create:name";

    @Inject
    private ApiTokenService service;

    @Inject
    private Messages messages;

    private String name;
    private int days = ApiTokenLifetime.CHOICES.get(0);
    private NewApiToken created;
    private List<ApiTokenView> tokens;

    public void create() {
        try {
            created = service.create(name, days);
            name = null;
            tokens = null;
        } catch (ApiTokenRejectedException e) {
            FacesContext.getCurrentInstance().addMessage(e.getReason() == ApiTokenRejectedException.Reason.NAME ? NAME_FIELD : null,
                    new FacesMessage(FacesMessage.SEVERITY_ERROR, messages.get("apiTokens.error." + e.getReason()), null));
        }
    }

    public void revoke(ApiTokenView token) {
        String key = "apiTokens.revoked";
        FacesMessage.Severity severity = FacesMessage.SEVERITY_INFO;
        try {
            service.revoke(token.id());
        } catch (ApiTokenNotFoundException e) {
            key = "apiTokens.notFound";
            severity = FacesMessage.SEVERITY_ERROR;
        }
        tokens = null;
        FacesContext.getCurrentInstance().addMessage(null, new FacesMessage(severity, messages.get(key), null));
    }

    public List<ApiTokenView> getTokens() {
        if (tokens == null) {
            tokens = service.own();
        }
        return tokens;
    }

    public List<Integer> getLifetimes() {
        return ApiTokenLifetime.CHOICES;
    }

    /** The token just created, to be shown this once, or null. */
    public String getCreatedToken() {
        return created == null ? null : created.secret().value();
    }

    public String getCreatedName() {
        return created == null ? null : created.token().name();
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public int getDays() {
        return days;
    }

    public void setDays(int days) {
        this.days = days;
    }
}
