package cn.eport.onboarding.web.codes;

import cn.eport.onboarding.codetable.CodeEntry;
import cn.eport.onboarding.codetable.CodeStatus;
import cn.eport.onboarding.codetable.CodeSuggestion;
import cn.eport.onboarding.codetable.CodeTable;
import cn.eport.onboarding.codetable.CodeTableService;
import cn.eport.onboarding.validation.TextInput;
import cn.eport.onboarding.web.i18n.Messages;
import jakarta.faces.component.UIComponent;
import jakarta.faces.component.UIData;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * /codes/browse: the code tables, read-only, for administrators and reviewers. Pick a table,
 * search by code (starts with) or name (contains), page through it (paged in the database), see each
 * entry's validity and whether it counts today; and try the table's code suggestion.
 */
@Named
@ViewScoped
public class BrowseCodesBacking implements Serializable {

    private static final long serialVersionUID = 1L;
    static final int PAGE_SIZE = 20;
    private static final String TABLE_ID = "browse:entries";

    @Inject
    private CodeTableService codeTables;

    @Inject
    private CodeSuggestionBacking suggestions;

    @Inject
    private Messages messages;

    private CodeTable table = CodeTable.CUSTOMS_DISTRICT;
    private String search;
    private String appliedSearch;
    private String tryCode;
    private LocalDate today;
    private final Entries entries = new Entries();

    /** The entries of the chosen table that match the applied search, one page at a time. */
    public LazyDataModel<CodeEntry> getEntries() {
        return entries;
    }

    public List<CodeTable> getTables() {
        return List.of(CodeTable.values());
    }

    public String label(CodeTable codeTable) {
        return messages.get("codeTable." + codeTable.name());
    }

    /** Another table: its first page, unfiltered. */
    public void tableChanged() {
        search = null;
        appliedSearch = null;
        tryCode = null;
        firstPage();
    }

    /** 【查询】: applies the search text and shows the first page of the matches. */
    public void query() {
        appliedSearch = TextInput.strippedOrNull(search);
        firstPage();
    }

    /** 【重置】: the whole table again. */
    public void reset() {
        search = null;
        appliedSearch = null;
        firstPage();
    }

    public CodeStatus status(CodeEntry entry) {
        return entry.statusOn(today());
    }

    public String statusLabel(CodeEntry entry) {
        return messages.get("codeStatus." + status(entry).name());
    }

    /** Code suggestion of the chosen table, as every form's autocomplete answers it. */
    public List<CodeSuggestion> suggest(String query) {
        return suggestions.complete(table, query);
    }

    public int getMinQueryLength() {
        return suggestions.minQueryLength(table);
    }

    public boolean isCustoms() {
        return table == CodeTable.CUSTOMS_DISTRICT;
    }

    private LocalDate today() {
        if (today == null) {
            today = codeTables.today();
        }
        return today;
    }

    private void firstPage() {
        UIComponent component = FacesContext.getCurrentInstance().getViewRoot().findComponent(TABLE_ID);
        if (component instanceof UIData data) {
            data.setFirst(0);
        }
    }

    public CodeTable getTable() {
        return table;
    }

    public void setTable(CodeTable table) {
        this.table = table == null ? CodeTable.CUSTOMS_DISTRICT : table;
    }

    public String getSearch() {
        return search;
    }

    public void setSearch(String search) {
        this.search = search;
    }

    public String getAppliedSearch() {
        return appliedSearch;
    }

    public String getTryCode() {
        return tryCode;
    }

    public void setTryCode(String tryCode) {
        this.tryCode = tryCode;
    }

    /** Pages through the database: a COUNT and one page of rows per request, never the whole table. */
    private final class Entries extends LazyDataModel<CodeEntry> {

        private static final long serialVersionUID = 1L;

        @Override
        public int count(Map<String, FilterMeta> filterBy) {
            return Math.toIntExact(codeTables.count(table, appliedSearch));
        }

        @Override
        public List<CodeEntry> load(int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
            today = codeTables.today();
            return codeTables.page(table, appliedSearch, first, Math.min(pageSize, CodeTableService.MAX_PAGE_SIZE));
        }

        @Override
        public String getRowKey(CodeEntry entry) {
            return String.valueOf(entry.getId());
        }

        @Override
        public CodeEntry getRowData(String rowKey) {
            return getWrappedData().stream().filter(e -> getRowKey(e).equals(rowKey)).findFirst().orElse(null);
        }
    }
}
