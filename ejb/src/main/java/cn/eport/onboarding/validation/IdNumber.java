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
 * The annotated text is a valid number of the given ID document type ({@link IdNumberValidator}),
 * after normalization; birth dates are checked against the Bean Validation clock
 * ({@code ClockProvider}). {@code null} and blank text are valid (combine with {@code @NotBlank}).
 * Where the type is chosen in another field, use {@link ValidIdDocument} on the class instead.
 */
@Documented
@Constraint(validatedBy = IdNumberConstraintValidator.class)
@Target({FIELD, METHOD, PARAMETER, ANNOTATION_TYPE, TYPE_USE})
@Retention(RUNTIME)
public @interface IdNumber {

    IdType type();

    String message() default "{cn.eport.onboarding.validation.IdNumber.message}";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};
}
