package cn.eport.onboarding.web.codes;

import cn.eport.onboarding.codetable.CodeSuggestion;
import cn.eport.onboarding.codetable.CodeSuggestionService;
import cn.eport.onboarding.codetable.CodeTable;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.util.List;

/**
 * Completion methods for PrimeFaces {@code p:autoComplete} fields that take a code (F-13, F-23,
 * F-32, F-43), one per table, e.g. 主管海关:
 * <pre>{@code
 * <p:autoComplete id="customs" value="#{form.customsCode}" var="s" itemValue="#{codeSuggestionBacking.code(s)}"
 *                 itemLabel="#{codeSuggestionBacking.label(s)}" completeMethod="#{codeSuggestionBacking.customsDistricts}"
 *                 minQueryLength="#{codeSuggestionBacking.minQueryLength('CUSTOMS_DISTRICT')}"/>
 * }</pre>
 * Records are not EL properties, and the current value is a bare code: use {@code code(s)}/{@code label(s)}.
 */
@Named
@ApplicationScoped
public class CodeSuggestionBacking {

    @Inject
    private CodeSuggestionService suggestions;

    /**
     * The code of a suggestion. p:autoComplete also evaluates itemValue/itemLabel for a field's
     * current value, which is the bare code (a String), so both are accepted.
     */
    public String code(Object item) {
        return item instanceof CodeSuggestion s ? s.code() : item == null ? null : item.toString();
    }

    /** The name of a suggestion (empty for a bare code). */
    public String name(Object item) {
        return item instanceof CodeSuggestion s ? s.name() : "";
    }

    /** "code name" of a suggestion, or the bare code of a field's current value. */
    public String label(Object item) {
        return item instanceof CodeSuggestion s ? s.code() + " " + s.name() : item == null ? "" : item.toString();
    }

    public List<CodeSuggestion> complete(CodeTable table, String query) {
        return suggestions.suggest(table, query);
    }

    /** PrimeFaces asks from this many characters on (at least one; the service has the final say). */
    public int minQueryLength(CodeTable table) {
        return Math.max(1, table.minSuggestLength());
    }

    /** 主管海关, 备案海关 (2 characters). */
    public List<CodeSuggestion> customsDistricts(String query) {
        return complete(CodeTable.CUSTOMS_DISTRICT, query);
    }

    /** 工商审核单位代码 (2 characters). */
    public List<CodeSuggestion> businessRegistrationAuthorities(String query) {
        return complete(CodeTable.BUSINESS_REGISTRATION_AUTHORITY, query);
    }

    /** 税务审核单位代码 (4 characters). */
    public List<CodeSuggestion> taxAuthorities(String query) {
        return complete(CodeTable.TAX_AUTHORITY, query);
    }

    /** 技监审核单位代码 (1 character). */
    public List<CodeSuggestion> qualitySupervisionAuthorities(String query) {
        return complete(CodeTable.QUALITY_SUPERVISION_AUTHORITY, query);
    }

    /** 主管外汇局 (2 characters). */
    public List<CodeSuggestion> forexBureaus(String query) {
        return complete(CodeTable.FOREX_BUREAU, query);
    }

    /** 海关备案 行政区划 (2 digits). */
    public List<CodeSuggestion> administrativeDivisions(String query) {
        return complete(CodeTable.ADMINISTRATIVE_DIVISION, query);
    }

    /** 商务部备案 主管机关代码 (1 character). */
    public List<CodeSuggestion> mofcomAuthorities(String query) {
        return complete(CodeTable.MOFCOM_AUTHORITY, query);
    }
}
