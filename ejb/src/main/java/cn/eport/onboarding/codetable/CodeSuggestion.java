package cn.eport.onboarding.codetable;

/** One answer of code suggestion: the code and its Chinese name. */
public record CodeSuggestion(String code, String name) {
}
