package cn.eport.onboarding.validation;

import java.util.Locale;

/**
 * The one clean-up every code and ID number gets before it is checked: whitespace anywhere is
 * removed (so leading, trailing and internal spaces, including the full-width space U+3000 and
 * non-breaking spaces), invisible format characters pasted along with a number (zero-width space,
 * byte-order mark) are dropped, full-width ASCII forms typed with a Chinese input method
 * ({@code ９１Ａ}) become their ASCII letters and digits, and letters are upper-cased.
 */
public final class InputNormalizer {

    private static final int FULL_WIDTH_FIRST = 0xFF01;
    private static final int FULL_WIDTH_LAST = 0xFF5E;
    private static final int FULL_WIDTH_OFFSET = 0xFEE0;

    private InputNormalizer() {
    }

    /** The normalized form of {@code raw}; {@code null} stays {@code null}. */
    public static String normalize(String raw) {
        if (raw == null) {
            return null;
        }
        StringBuilder out = new StringBuilder(raw.length());
        raw.codePoints().forEach(cp -> {
            if (Character.isWhitespace(cp) || Character.isSpaceChar(cp) || Character.getType(cp) == Character.FORMAT) {
                return;
            }
            out.appendCodePoint(cp >= FULL_WIDTH_FIRST && cp <= FULL_WIDTH_LAST ? cp - FULL_WIDTH_OFFSET : cp);
        });
        return out.toString().toUpperCase(Locale.ROOT);
    }
}
