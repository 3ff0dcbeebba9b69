package cn.eport.onboarding.validation;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

/** Checks {@link Uscc}. */
public class UsccConstraintValidator implements ConstraintValidator<Uscc, CharSequence> {

    @Override
    public boolean isValid(CharSequence value, ConstraintValidatorContext context) {
        if (ConstraintReports.isBlank(value)) {
            return true;
        }
        return ConstraintReports.report(UsccValidator.strict().validate(value.toString()), context, null);
    }
}
