package cn.eport.onboarding.web.enterprise;

import cn.eport.onboarding.codetable.CodeEntry;
import cn.eport.onboarding.codetable.CodeStatus;
import cn.eport.onboarding.codetable.CodeTable;
import cn.eport.onboarding.codetable.CodeTableService;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.faces.model.SelectItem;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/** The small code tables as drop-down options, labelled "code name" in the page's language. */
@Named
@RequestScoped
public class CodeOptions {

    /** Tables whose codes mean nothing to users: their entries are labelled by name alone. */
    private static final Set<CodeTable> NAME_ONLY = EnumSet.of(CodeTable.CAPITAL_UNIT, CodeTable.DOCUMENT_TYPE);

    @Inject
    private CodeTableService codeTables;

    public List<SelectItem> of(CodeTable table) {
        boolean english = english();
        LocalDate today = codeTables.today();
        return codeTables.page(table, null, 0, CodeTableService.MAX_PAGE_SIZE).stream()
                .filter(e -> e.statusOn(today) == CodeStatus.ACTIVE)
                .map(e -> new SelectItem(e.getCode(), label(e, english)))
                .toList();
    }

    /** "code name" of one code, or the bare code when the table does not know it (any more). */
    public String label(CodeTable table, String code) {
        if (code == null || code.isBlank()) {
            return "";
        }
        boolean english = english();
        return codeTables.findActive(table, code).map(e -> label(e, english)).orElse(code);
    }

    private static boolean english() {
        return Locale.ENGLISH.getLanguage().equals(FacesContext.getCurrentInstance().getViewRoot().getLocale().getLanguage());
    }

    private static String label(CodeEntry e, boolean english) {
        String name = english && e.getNameEn() != null ? e.getNameEn() : e.getNameZh();
        return NAME_ONLY.contains(e.getTable()) ? name : e.getCode() + " " + name;
    }
}
