package cn.eport.onboarding.validation;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Set;

/**
 * Resident identity card numbers (居民身份证, GB 11643).
 * <ul>
 * <li>18 digits: 6-digit area code (an administrative division: does not start with 0), birth date
 *     YYYYMMDD (a real date, not after today in China, not before 1900), 3-digit sequence (odd for
 *     men), check character 0-9 or X (ISO 7064 MOD 11-2).</li>
 * <li>15 digits (first-generation cards, GB 11643-1989): area code, YYMMDD in the 1900s, sequence,
 *     no check character. Accepted and converted to 18 digits ({@link ValidationResult#canonical()}),
 *     with a warning that says so.</li>
 * </ul>
 * Numbers of other documents that share the format are refused with a hint to choose the right
 * document type: HK/Macao/Taiwan residence permits (810000/820000/830000) and 2023 foreign
 * permanent resident IDs (first digit 9).
 */
public final class ResidentIdValidator {

    public static final int LENGTH = 18;
    public static final int LEGACY_LENGTH = 15;
    private static final Set<String> RESIDENCE_PERMIT_PREFIXES = Set.of("810000", "820000", "830000");

    private final Clock clock;

    public ResidentIdValidator(Clock clock) {
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    public ValidationResult validate(String input) {
        return ValidationResult.check(InputNormalizer.normalize(input), this::check);
    }

    private void check(String value, int length, ValidationResult.Builder result) {
        LocalDate today = BirthDates.today(clock);
        if (length == LEGACY_LENGTH) {
            checkLegacy(value, today, result);
        } else if (length == LENGTH) {
            if (Gb11643.checkNumber(value, result)) {
                checkAreaCode(value, result);
                BirthDates.checkYyyyMmDd(value, 7, today, result);
            }
        } else {
            result.error(Reason.LENGTH_EITHER, LENGTH, LEGACY_LENGTH, length);
            Characters.require(value, 1, LENGTH - 1, Characters.DIGIT, Reason.NOT_DIGIT, result);
        }
    }

    private static void checkLegacy(String value, LocalDate today, ValidationResult.Builder result) {
        if (!Characters.require(value, 1, LEGACY_LENGTH, Characters.DIGIT, Reason.NOT_DIGIT, result)) {
            return;
        }
        checkAreaCode(value, result);
        String yymmdd = value.substring(6, 12);
        LocalDate birth = BirthDates.dateOrNull(1900 + Integer.parseInt(yymmdd.substring(0, 2)),
                Integer.parseInt(yymmdd.substring(2, 4)), Integer.parseInt(yymmdd.substring(4, 6)));
        BirthDates.check(birth, yymmdd, 7, 12, today, result);
        if (!result.hasErrors()) {
            String converted = toEighteenDigits(value);
            result.canonical(converted).warning(Reason.RESIDENT_ID_CONVERTED, converted);
        }
    }

    private static void checkAreaCode(String value, ValidationResult.Builder result) {
        String area = value.substring(0, 6);
        if (RESIDENCE_PERMIT_PREFIXES.contains(area)) {
            result.error(Reason.RESIDENT_ID_IS_RESIDENCE_PERMIT, area);
        } else if (area.charAt(0) == '9') {
            result.error(Reason.RESIDENT_ID_IS_FOREIGN_PERMANENT_RESIDENT_ID);
        } else if (area.charAt(0) == '0') {
            result.error(Reason.AREA_CODE, area);
        }
    }

    /**
     * The 18-digit form of a 15-digit resident ID: the century 19 inserted before the birth year
     * and the check character appended.
     */
    public static String toEighteenDigits(String fifteenDigits) {
        if (fifteenDigits == null || fifteenDigits.length() != LEGACY_LENGTH
                || !fifteenDigits.chars().allMatch(Characters.DIGIT::test)) {
            throw new IllegalArgumentException("15 digits expected");
        }
        String first17 = fifteenDigits.substring(0, 6) + "19" + fifteenDigits.substring(6);
        return first17 + Gb11643.checkCharacter(first17);
    }
}
