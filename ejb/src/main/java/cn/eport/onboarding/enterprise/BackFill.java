package cn.eport.onboarding.enterprise;

import cn.eport.onboarding.directory.DirectoryResult;
import cn.eport.onboarding.directory.RegistryRecord;
import cn.eport.onboarding.enterprise.RegistrationRules.Field;

import java.util.EnumSet;
import java.util.Set;

/**
 * What the business registry contributes to a new 三证合一 record (F-12): the details it knows and
 * which fields they fill (shown grey and read-only), or why it contributes nothing.
 *
 * @param unavailableKey bundle key of the "directory unavailable, try later" text, when it was
 */
public record BackFill(Outcome outcome, RegistrationDetails details, Set<Field> fields, String unavailableKey) {

    public enum Outcome {
        /** The registry knows the enterprise; the user confirms before its data are used. */
        FOUND,
        /** The registry does not know the enterprise: the user enters everything. */
        NOT_FOUND,
        /** The registry could not be asked now. */
        UNAVAILABLE
    }

    public BackFill {
        fields = Set.copyOf(fields);
    }

    static BackFill from(DirectoryResult<RegistryRecord> result) {
        if (result instanceof DirectoryResult.Found<RegistryRecord> found) {
            return of(found.record());
        }
        if (result instanceof DirectoryResult.Unavailable<RegistryRecord> unavailable) {
            return new BackFill(Outcome.UNAVAILABLE, new RegistrationDetails(), Set.of(), unavailable.messageKey());
        }
        return new BackFill(Outcome.NOT_FOUND, new RegistrationDetails(), Set.of(), null);
    }

    /** The registry's data mapped onto the form; only fields the registry actually has count as back-filled. */
    static BackFill of(RegistryRecord r) {
        RegistrationDetails d = new RegistrationDetails();
        Set<Field> filled = EnumSet.noneOf(Field.class);
        if (r.legalPersonTypeCode() != null) {
            d.setLegalPersonType(r.legalPersonTypeCode());
            filled.add(Field.LEGAL_PERSON_TYPE);
        }
        if (r.enterpriseTypeCode() != null) {
            d.setEnterpriseType(r.enterpriseTypeCode());
            filled.add(Field.ENTERPRISE_TYPE);
        }
        if (r.statusCode() != null) {
            d.setEnterpriseStatus(r.statusCode());
            filled.add(Field.ENTERPRISE_STATUS);
        }
        if (r.registeredCapital() != null && r.capitalUnitCode() != null) {
            d.setRegisteredCapital(r.registeredCapital());
            d.setCapitalUnit(r.capitalUnitCode());
            filled.add(Field.REGISTERED_CAPITAL);
            filled.add(Field.CAPITAL_UNIT);
        }
        if (r.address() != null) {
            d.setRegisteredAddress(r.address());
            filled.add(Field.REGISTERED_ADDRESS);
        }
        if (r.issuingAuthorityName() != null) {
            d.setIssuingAuthorityName(r.issuingAuthorityName());
            filled.add(Field.ISSUING_AUTHORITY);
        }
        if (r.registrationAuthorityCode() != null) {
            d.setBusinessAuthorityCode(r.registrationAuthorityCode());
            filled.add(Field.BUSINESS_AUTHORITY);
        }
        if (r.establishedOn() != null) {
            d.setEstablishmentDate(r.establishedOn());
            filled.add(Field.ESTABLISHMENT_DATE);
        }
        return new BackFill(Outcome.FOUND, d, filled, null);
    }
}
