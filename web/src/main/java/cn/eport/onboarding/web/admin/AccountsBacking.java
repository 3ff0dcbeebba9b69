package cn.eport.onboarding.web.admin;

import cn.eport.onboarding.account.AccountAdministrationService;
import cn.eport.onboarding.account.AccountRejectedException;
import cn.eport.onboarding.account.AccountSummary;
import cn.eport.onboarding.web.i18n.Messages;
import jakarta.annotation.PostConstruct;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import cn.eport.onboarding.web.paging.PagedModel;
import org.primefaces.model.LazyDataModel;

import java.io.Serializable;
import java.time.Clock;

/** /admin/accounts: the administrators' account list with search, unlock and links to the forms. */
@Named
@ViewScoped
public class AccountsBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private AccountAdministrationService service;

    @Inject
    private Messages messages;

    @Inject
    private Clock clock;

    private String search;
    private LazyDataModel<AccountSummary> accounts;

    @PostConstruct
    void init() {
        accounts = new PagedModel<>(() -> service.count(search), (first, max) -> service.search(search, first, max),
                AccountSummary::username);
    }

    public void reset() {
        search = null;
    }

    public void unlock(String username) {
        try {
            service.unlock(username);
            FacesContext.getCurrentInstance().addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO,
                    messages.get("admin.accounts.unlocked", username), null));
        } catch (AccountRejectedException e) {
            AccountMessages.add(messages, null, e);
        }
    }

    public boolean isLocked(AccountSummary account) {
        return account.lockedAt(clock.instant());
    }

    public LazyDataModel<AccountSummary> getAccounts() {
        return accounts;
    }

    public String getSearch() {
        return search;
    }

    public void setSearch(String search) {
        this.search = search;
    }
}
