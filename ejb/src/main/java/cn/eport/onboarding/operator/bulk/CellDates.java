package cn.eport.onboarding.operator.bulk;

/**
 * Whether a number cell of a sheet is a date: by its number format, Excel's built-in date formats
 * (14-22, 45-47, and the Chinese ones 27-36 and 50-58, e.g. yyyy"年"m"月"d"日") or a custom format
 * with a year or day part outside quoted text.
 */
final class CellDates {

    private CellDates() {
    }

    static boolean isDate(Integer formatId, String format) {
        if (formatId != null && (formatId >= 14 && formatId <= 22 || formatId >= 27 && formatId <= 36
                || formatId >= 45 && formatId <= 47 || formatId >= 50 && formatId <= 58)) {
            return true;
        }
        if (format == null) {
            return false;
        }
        String bare = format.replaceAll("\"[^\"]*\"", "").replaceAll("\\[[^]]*]", "").replaceAll("\\\\.", "")
                .toLowerCase(java.util.Locale.ROOT);
        return bare.contains("y") || bare.contains("d");
    }
}
