package cn.eport.onboarding.validation;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;

import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

import static java.lang.annotation.ElementType.ANNOTATION_TYPE;
import static java.lang.annotation.ElementType.TYPE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

/**
 * On a class implementing {@link IdDocument}: its ID number is valid for the ID type it holds.
 * Violations are reported on the number's property ({@link #numberProperty()}), so a form shows them
 * at the number field. Without a type or a number there is nothing to check (use {@code @NotNull}
 * and {@code @NotBlank} on those properties where they are required).
 */
@Documented
@Constraint(validatedBy = ValidIdDocumentConstraintValidator.class)
@Target({TYPE, ANNOTATION_TYPE})
@Retention(RUNTIME)
public @interface ValidIdDocument {

    /** The property the violations are reported on. */
    String numberProperty() default "idNumber";

    String message() default "{cn.eport.onboarding.validation.IdNumber.message}";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};
}
