package cn.eport.onboarding.validation;

/**
 * Mainland travel permits (来往内地/大陆通行证).
 * <ul>
 * <li>for Hong Kong and Macao residents (回乡证): H (Hong Kong) or M (Macao) and 8 or 10 digits,
 *     {@code ^[HM](\d{8}|\d{10})$};</li>
 * <li>for Taiwan residents (台胞证): 8 or 10 digits, {@code ^(\d{8}|\d{10})$}.</li>
 * </ul>
 * These numbers carry no check character.
 */
public final class TravelPermitValidator {

    private static final TravelPermitValidator HK_MACAO = new TravelPermitValidator(true);
    private static final TravelPermitValidator TAIWAN = new TravelPermitValidator(false);

    private final boolean letterPrefix;

    private TravelPermitValidator(boolean letterPrefix) {
        this.letterPrefix = letterPrefix;
    }

    public static TravelPermitValidator hongKongMacao() {
        return HK_MACAO;
    }

    public static TravelPermitValidator taiwan() {
        return TAIWAN;
    }

    public ValidationResult validate(String input) {
        return ValidationResult.check(InputNormalizer.normalize(input), this::check);
    }

    private void check(String value, int length, ValidationResult.Builder result) {
        int prefix = letterPrefix ? 1 : 0;
        if (length != prefix + 8 && length != prefix + 10) {
            result.error(Reason.LENGTH_EITHER, prefix + 8, prefix + 10, length);
        }
        if (letterPrefix) {
            int first = value.codePointAt(0);
            if (first != 'H' && first != 'M') {
                result.error(Reason.HK_MACAO_TRAVEL_PERMIT_PREFIX, Characters.shown(first));
            }
        }
        Characters.require(value, prefix + 1, length, Characters.DIGIT, Reason.NOT_DIGIT, result);
    }
}
