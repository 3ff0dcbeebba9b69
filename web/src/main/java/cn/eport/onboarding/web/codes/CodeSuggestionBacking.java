package cn.eport.onboarding.web.codes;

import cn.eport.onboarding.codetable.CodeSuggestion;
import cn.eport.onboarding.codetable.CodeSuggestionService;
import cn.eport.onboarding.codetable.CodeTable;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.util.List;

/**
 * Completion for PrimeFaces {@code p:autoComplete} fields that take a code (F-13, F-23, F-32, F-43).
 * Pages use the tag {@code e:codeSuggest} (WEB-INF/tags/code-suggest.xhtml), which completes through
 * {@code of(table).complete} and shows code and name columns through {@code code(s)}/{@code name(s)}.
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

    /**
     * The completion of one table, for {@code completeMethod="#{codeSuggestionBacking.of(table).complete}"}
     * (the tag e:codeSuggest names its table by the enum's name).
     */
    public Completion of(CodeTable table) {
        return new Completion(this, table);
    }

    /** The suggestions of one code table: what a p:autoComplete's completeMethod calls with the typed text. */
    public record Completion(CodeSuggestionBacking backing, CodeTable table) {
        public List<CodeSuggestion> complete(String query) {
            return backing.complete(table, query);
        }
    }
}
