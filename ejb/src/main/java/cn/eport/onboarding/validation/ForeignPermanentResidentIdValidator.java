package cn.eport.onboarding.validation;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;

/**
 * Foreign permanent resident ID cards (外国人永久居留身份证), both forms in circulation.
 * <ul>
 * <li>2023 form: 18 characters starting with 9, otherwise in the GB 11643 format with the same
 *     MOD 11-2 check character as the resident ID.</li>
 * <li>2017 form: 15 characters, a 3-letter nationality code (ISO 3166-1 alpha-3; an unknown one
 *     gives a warning only), 4 digits (the accepting office), the birth date YYMMDD (a real date in
 *     the 1900s or 2000s, not after today), a gender digit and a check digit. The check digit is
 *     not verified: its computation is not published in a source we could confirm.</li>
 * </ul>
 */
public final class ForeignPermanentResidentIdValidator {

    public static final int LENGTH = 18;
    public static final int LEGACY_LENGTH = 15;
    private static final Set<String> COUNTRIES = Set.copyOf(Locale.getISOCountries(Locale.IsoCountryCode.PART1_ALPHA3));

    private final Clock clock;

    public ForeignPermanentResidentIdValidator(Clock clock) {
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    public ValidationResult validate(String input) {
        return ValidationResult.check(InputNormalizer.normalize(input), this::check);
    }

    private void check(String value, int length, ValidationResult.Builder result) {
        if (length == LENGTH) {
            if (value.charAt(0) != '9') {
                result.error(Reason.FOREIGN_PERMANENT_RESIDENT_ID_PREFIX, Characters.shown(value.codePointAt(0)));
            }
            Gb11643.checkNumber(value, result);
        } else if (length == LEGACY_LENGTH) {
            checkLegacy(value, result);
        } else {
            result.error(Reason.LENGTH_EITHER, LENGTH, LEGACY_LENGTH, length);
        }
    }

    private void checkLegacy(String value, ValidationResult.Builder result) {
        boolean letters = Characters.require(value, 1, 3, Characters.LETTER, Reason.NOT_LETTER, result);
        boolean digits = Characters.require(value, 4, LEGACY_LENGTH, Characters.DIGIT, Reason.NOT_DIGIT, result);
        if (!letters || !digits) {
            return;
        }
        String yymmdd = value.substring(7, 13);
        int yy = Integer.parseInt(yymmdd.substring(0, 2));
        int month = Integer.parseInt(yymmdd.substring(2, 4));
        int day = Integer.parseInt(yymmdd.substring(4, 6));
        LocalDate today = BirthDates.today(clock);
        LocalDate birth = BirthDates.dateOrNull(2000 + yy, month, day);
        if (birth == null || birth.isAfter(today)) {
            birth = BirthDates.dateOrNull(1900 + yy, month, day);
        }
        BirthDates.check(birth, yymmdd, 8, 13, today, result);
        if (!COUNTRIES.contains(value.substring(0, 3))) {
            result.warning(Reason.FOREIGN_PERMANENT_RESIDENT_ID_NATIONALITY, value.substring(0, 3));
        }
    }
}
