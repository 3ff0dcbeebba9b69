package cn.eport.onboarding.validation;

import java.time.Clock;
import java.util.Objects;

/** The one entry point for checking an ID document number of a given {@link IdType}. */
public final class IdNumberValidator {

    private final ResidentIdValidator residentId;
    private final ResidencePermitValidator hkMacaoResidencePermit;
    private final ResidencePermitValidator taiwanResidencePermit;
    private final ForeignPermanentResidentIdValidator foreignPermanentResidentId;

    /** Birth dates are checked against today in China by the system clock. */
    public IdNumberValidator() {
        this(Clock.systemUTC());
    }

    /** Birth dates are checked against today in China by {@code clock}. */
    public IdNumberValidator(Clock clock) {
        Objects.requireNonNull(clock, "clock");
        residentId = new ResidentIdValidator(clock);
        hkMacaoResidencePermit = ResidencePermitValidator.hongKongMacao(clock);
        taiwanResidencePermit = ResidencePermitValidator.taiwan(clock);
        foreignPermanentResidentId = new ForeignPermanentResidentIdValidator(clock);
    }

    public ValidationResult validate(IdType type, String input) {
        Objects.requireNonNull(type, "type");
        return switch (type) {
            case RESIDENT_ID -> residentId.validate(input);
            case HK_MACAO_TRAVEL_PERMIT -> TravelPermitValidator.hongKongMacao().validate(input);
            case TAIWAN_TRAVEL_PERMIT -> TravelPermitValidator.taiwan().validate(input);
            case CHINESE_PASSPORT -> PassportValidator.chinese().validate(input);
            case FOREIGN_PASSPORT -> PassportValidator.foreign().validate(input);
            case FOREIGN_PERMANENT_RESIDENT_ID -> foreignPermanentResidentId.validate(input);
            case HK_MACAO_RESIDENCE_PERMIT -> hkMacaoResidencePermit.validate(input);
            case TAIWAN_RESIDENCE_PERMIT -> taiwanResidencePermit.validate(input);
        };
    }
}
