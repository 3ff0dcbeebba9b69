package cn.eport.onboarding.web.attachment;

import java.nio.charset.StandardCharsets;

/**
 * The {@code Content-Disposition: attachment} header of a download: the display name as an RFC 6266
 * / RFC 5987 {@code filename*} in UTF-8 (Chinese names arrive intact), with an ASCII {@code filename}
 * for old clients. The name comes from the database, but is still treated as untrusted text: quotes,
 * backslashes and control characters can never break out of the header.
 */
public final class ContentDisposition {

    private static final String ATTR_CHARS = "!#$&+-.^_`|~";
    private static final char[] HEX = "0123456789ABCDEF".toCharArray();

    private ContentDisposition() {
    }

    public static String attachment(String displayName) {
        return header("attachment", displayName);
    }

    /** Shown in the browser (a document of our own making, such as the sealed PDF to print), saved under this name. */
    public static String inline(String displayName) {
        return header("inline", displayName);
    }

    private static String header(String type, String displayName) {
        String name = displayName == null || displayName.isBlank() ? "file" : displayName;
        return type + "; filename=\"" + asciiFallback(name) + "\"; filename*=UTF-8''" + encode(name);
    }

    /** Printable ASCII only, without {@code "} and {@code \}; a name with no ASCII letter or digit becomes "attachment.ext". */
    static String asciiFallback(String name) {
        StringBuilder out = new StringBuilder();
        name.codePoints().forEach(c -> out.append(c >= 0x20 && c < 0x7F && c != '"' && c != '\\' ? (char) c : '_'));
        String fallback = out.toString();
        int dot = fallback.lastIndexOf('.');
        String stem = dot > 0 ? fallback.substring(0, dot) : fallback;
        String extension = dot > 0 ? fallback.substring(dot) : "";
        return stem.chars().anyMatch(c -> Character.isLetterOrDigit(c)) ? fallback : "attachment" + extension;
    }

    /** RFC 5987 value-chars: attr-char as is, every other UTF-8 byte as %XX. */
    static String encode(String name) {
        StringBuilder out = new StringBuilder();
        for (byte b : name.getBytes(StandardCharsets.UTF_8)) {
            int c = b & 0xFF;
            if (c < 0x80 && (Character.isLetterOrDigit(c) || ATTR_CHARS.indexOf(c) >= 0)) {
                out.append((char) c);
            } else {
                out.append('%').append(HEX[c >> 4]).append(HEX[c & 0xF]);
            }
        }
        return out.toString();
    }
}
