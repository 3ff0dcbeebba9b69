package cn.eport.onboarding.validation;

/**
 * Something that holds an ID document type and number, such as an operator entry or a legal
 * person: {@link ValidIdDocument} checks the number by the type.
 */
public interface IdDocument {

    IdType getIdType();

    String getIdNumber();
}
