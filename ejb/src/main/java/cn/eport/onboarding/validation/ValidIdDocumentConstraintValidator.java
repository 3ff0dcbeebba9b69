package cn.eport.onboarding.validation;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

/** Checks {@link ValidIdDocument}. */
public class ValidIdDocumentConstraintValidator implements ConstraintValidator<ValidIdDocument, IdDocument> {

    private String numberProperty;

    @Override
    public void initialize(ValidIdDocument annotation) {
        numberProperty = annotation.numberProperty();
    }

    @Override
    public boolean isValid(IdDocument document, ConstraintValidatorContext context) {
        return document == null
                || ConstraintReports.reportIdNumber(document.getIdType(), document.getIdNumber(), context, numberProperty);
    }
}
