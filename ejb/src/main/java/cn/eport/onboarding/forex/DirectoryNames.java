package cn.eport.onboarding.forex;

import cn.eport.onboarding.validation.InputNormalizer;

/**
 * Names as F-42 compares them (ADR 0017): the same name typed with a Chinese or a Western input
 * method, with or without spaces, is the same name. Whitespace of every kind and invisible format
 * characters go, full-width letters, digits and brackets become half-width ({@code （北京）} is
 * {@code (北京)}), Latin letters are upper-cased ({@link InputNormalizer}); the small-form brackets
 * become round ones and the middle dots of transcribed names ({@code ・ • ‧ ･}) become {@code ·}.
 * Nothing else is changed: a different character is a different name.
 */
public final class DirectoryNames {

    private DirectoryNames() {
    }

    /** The comparable form of a name; {@code null} stays {@code null}. */
    public static String normalized(String name) {
        String n = InputNormalizer.normalize(name);
        if (n == null) {
            return null;
        }
        StringBuilder out = new StringBuilder(n.length());
        n.codePoints().forEach(cp -> out.appendCodePoint(switch (cp) {
            case 0xFE59 -> '(';
            case 0xFE5A -> ')';
            case 0x30FB, 0x2022, 0x2027, 0xFF65, 0x2219, 0x22C5 -> 0x00B7;
            default -> cp;
        }));
        return out.toString();
    }

    /** Whether two names are the same name; a missing name is never the same as any. */
    public static boolean same(String a, String b) {
        String left = normalized(a);
        return left != null && !left.isEmpty() && left.equals(normalized(b));
    }
}
