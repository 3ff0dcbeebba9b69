package cn.eport.onboarding.web.api;

import jakarta.json.bind.annotation.JsonbPropertyOrder;

/**
 * One field's problem in a {@link Problem}'s {@code errors}.
 *
 * @param field   the field's JSON name ({@code contactPhone})
 * @param message what is wrong, in the caller's language: the text the form shows at that field
 */
@JsonbPropertyOrder({"field", "message"})
public record FieldError(String field, String message) {
}
