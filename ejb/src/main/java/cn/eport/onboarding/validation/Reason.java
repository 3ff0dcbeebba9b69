package cn.eport.onboarding.validation;

import java.util.List;

/**
 * Why a code or ID number is invalid (or worth a warning): the key of its text in
 * {@code ValidationMessages.properties} and the names of the arguments that text uses
 * ({@code {position}}, {@code {expected}}, ...). Positions count characters of the normalized
 * input from 1.
 */
public enum Reason {

    /** Nothing was entered. */
    REQUIRED("eport.validation.required"),
    LENGTH("eport.validation.length", "expected", "actual"),
    LENGTH_EITHER("eport.validation.lengthEither", "first", "second", "actual"),
    LENGTH_RANGE("eport.validation.lengthRange", "min", "max", "actual"),
    NOT_DIGIT("eport.validation.character.digit", "position", "character"),
    NOT_LETTER("eport.validation.character.letter", "position", "character"),
    NOT_LETTER_OR_DIGIT("eport.validation.character.letterOrDigit", "position", "character"),
    /** Not one of the 31 USCC characters (digits and upper-case letters except I, O, S, V, Z). */
    NOT_USCC_CHARACTER("eport.validation.character.uscc", "position", "character"),
    /** The last character of an 18-digit ID number must be a digit or X. */
    NOT_CHECK_DIGIT("eport.validation.character.checkDigit", "position", "character"),
    CHECK_CHARACTER("eport.validation.checkCharacter", "expected", "actual"),
    /** A USCC whose check character is wrong: an administrator may accept it as a genuine early code. */
    USCC_CHECK_CHARACTER("eport.validation.uscc.checkCharacter", true, "expected", "actual"),
    /** Warning: a USCC with a wrong check character accepted as an administrator-confirmed early code. */
    USCC_CHECK_CHARACTER_OVERRIDDEN("eport.validation.uscc.checkCharacterOverridden", "expected", "actual"),
    /** Warning: the organization code inside a USCC (positions 9-17) fails its own GB 11714 check. */
    USCC_ORGANIZATION_CODE("eport.validation.uscc.organizationCode", "organizationCode", "expected", "actual"),
    BIRTH_DATE_IMPOSSIBLE("eport.validation.birthDate.impossible", "date", "from", "to"),
    BIRTH_DATE_IN_FUTURE("eport.validation.birthDate.future", "date", "from", "to"),
    BIRTH_DATE_TOO_EARLY("eport.validation.birthDate.tooEarly", "date", "from", "to", "earliest"),
    AREA_CODE("eport.validation.residentId.areaCode", "areaCode"),
    RESIDENT_ID_IS_RESIDENCE_PERMIT("eport.validation.residentId.isResidencePermit", "prefix"),
    RESIDENT_ID_IS_FOREIGN_PERMANENT_RESIDENT_ID("eport.validation.residentId.isForeignPermanentResidentId"),
    /** Warning: a 15-digit resident ID was converted to its 18-digit form. */
    RESIDENT_ID_CONVERTED("eport.validation.residentId.converted", "converted"),
    HK_MACAO_RESIDENCE_PERMIT_PREFIX("eport.validation.residencePermit.hkMacaoPrefix", "prefix"),
    TAIWAN_RESIDENCE_PERMIT_PREFIX("eport.validation.residencePermit.taiwanPrefix", "prefix"),
    HK_MACAO_TRAVEL_PERMIT_PREFIX("eport.validation.travelPermit.hkMacaoPrefix", "character"),
    FOREIGN_PERMANENT_RESIDENT_ID_PREFIX("eport.validation.foreignPermanentResidentId.prefix", "character"),
    /** Warning: positions 1-3 of a 2017 foreign permanent resident ID are not an ISO 3166 country code. */
    FOREIGN_PERMANENT_RESIDENT_ID_NATIONALITY("eport.validation.foreignPermanentResidentId.nationality", "nationality"),
    CHINESE_PASSPORT_ORDINARY("eport.validation.chinesePassport.ordinary");

    private final String key;
    private final boolean overridable;
    private final List<String> parameters;

    Reason(String key, String... parameters) {
        this(key, false, parameters);
    }

    Reason(String key, boolean overridable, String... parameters) {
        this.key = key;
        this.overridable = overridable;
        this.parameters = List.of(parameters);
    }

    /** The key of the text in {@code ValidationMessages.properties}. */
    public String key() {
        return key;
    }

    /** Whether an administrator may accept an input that fails only for this reason. */
    public boolean overridable() {
        return overridable;
    }

    /** The names of the arguments, in the order the validators pass them. */
    public List<String> parameters() {
        return parameters;
    }
}
