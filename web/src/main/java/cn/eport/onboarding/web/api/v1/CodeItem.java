package cn.eport.onboarding.web.api.v1;

import cn.eport.onboarding.codetable.CodeSuggestion;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One code of a code table with its name, as the pages' suggestions show it. */
@Schema(name = "CodeItem")
public record CodeItem(@Schema(example = "0200") String code, @Schema(example = "天津关区") String name) {

    static CodeItem of(CodeSuggestion suggestion) {
        return new CodeItem(suggestion.code(), suggestion.name());
    }
}
