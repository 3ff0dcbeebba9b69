package cn.eport.onboarding.web.admin;

import cn.eport.onboarding.account.AccountAdministrationService;
import cn.eport.onboarding.account.AccountSummary;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;

import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/** The account list, paged in the database by the search text the page holds. */
public class AccountListModel extends LazyDataModel<AccountSummary> {

    private static final long serialVersionUID = 1L;

    private final AccountAdministrationService service;
    private final Supplier<String> searchText;

    public AccountListModel(AccountAdministrationService service, Supplier<String> searchText) {
        this.service = service;
        this.searchText = searchText;
    }

    @Override
    public int count(Map<String, FilterMeta> filterBy) {
        return Math.toIntExact(service.count(searchText.get()));
    }

    @Override
    public List<AccountSummary> load(int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
        return service.search(searchText.get(), first, pageSize);
    }

    @Override
    public String getRowKey(AccountSummary account) {
        return account.username();
    }
}
