package cn.eport.onboarding.validation;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;

import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

import static java.lang.annotation.ElementType.ANNOTATION_TYPE;
import static java.lang.annotation.ElementType.FIELD;
import static java.lang.annotation.ElementType.METHOD;
import static java.lang.annotation.ElementType.PARAMETER;
import static java.lang.annotation.ElementType.TYPE_USE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

/**
 * The annotated text is a unified social credit code by {@link UsccValidator#strict()}, after
 * normalization. {@code null} and blank text are valid (combine with {@code @NotBlank} where the
 * code is required). Each violation names its concrete reason (length, illegal character at
 * position N, check character expected X got Y).
 */
@Documented
@Constraint(validatedBy = UsccConstraintValidator.class)
@Target({FIELD, METHOD, PARAMETER, ANNOTATION_TYPE, TYPE_USE})
@Retention(RUNTIME)
public @interface Uscc {

    String message() default "{cn.eport.onboarding.validation.Uscc.message}";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};
}
