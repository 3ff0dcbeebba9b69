package cn.eport.onboarding.validation;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

/** Checks {@link IdNumber}. */
public class IdNumberConstraintValidator implements ConstraintValidator<IdNumber, CharSequence> {

    private IdType type;

    @Override
    public void initialize(IdNumber annotation) {
        type = annotation.type();
    }

    @Override
    public boolean isValid(CharSequence value, ConstraintValidatorContext context) {
        return ConstraintReports.reportIdNumber(type, value, context, null);
    }
}
