package cn.eport.onboarding.validation;

import java.time.Clock;
import java.util.List;
import java.util.Objects;

/**
 * Residence permits for Hong Kong, Macao and Taiwan residents (港澳台居民居住证): 18 characters in the
 * GB 11643 format with the area code 810000 (Hong Kong), 820000 (Macao) or 830000 (Taiwan), a real
 * birth date (positions 7-14) and the same MOD 11-2 check character as the resident ID.
 */
public final class ResidencePermitValidator {

    private static final List<String> HK_MACAO = List.of("810000", "820000");
    private static final List<String> TAIWAN = List.of("830000");

    private final Clock clock;
    private final List<String> prefixes;
    private final Reason wrongPrefix;

    private ResidencePermitValidator(Clock clock, List<String> prefixes, Reason wrongPrefix) {
        this.clock = Objects.requireNonNull(clock, "clock");
        this.prefixes = prefixes;
        this.wrongPrefix = wrongPrefix;
    }

    /** 港澳居民居住证: 810000 or 820000. */
    public static ResidencePermitValidator hongKongMacao(Clock clock) {
        return new ResidencePermitValidator(clock, HK_MACAO, Reason.HK_MACAO_RESIDENCE_PERMIT_PREFIX);
    }

    /** 台湾居民居住证: 830000. */
    public static ResidencePermitValidator taiwan(Clock clock) {
        return new ResidencePermitValidator(clock, TAIWAN, Reason.TAIWAN_RESIDENCE_PERMIT_PREFIX);
    }

    public ValidationResult validate(String input) {
        return ValidationResult.check(InputNormalizer.normalize(input), this::check);
    }

    private void check(String value, int length, ValidationResult.Builder result) {
        if (Gb11643.checkNumber(value, result)) {
            if (!prefixes.contains(value.substring(0, 6))) {
                result.error(wrongPrefix, value.substring(0, 6));
            }
            BirthDates.checkYyyyMmDd(value, 7, BirthDates.today(clock), result);
        }
    }
}
