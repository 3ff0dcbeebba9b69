package cn.eport.onboarding.attachment;

import java.util.Arrays;
import java.util.Optional;

/**
 * The file kinds accepted as certificate scans (F-14), recognised by their first bytes ("magic
 * numbers"), never by the file name or the type the browser claims.
 */
public enum FileKind {
    PDF("application/pdf", "pdf", new byte[]{'%', 'P', 'D', 'F', '-'}),
    JPEG("image/jpeg", "jpg", new byte[]{(byte) 0xFF, (byte) 0xD8, (byte) 0xFF}),
    PNG("image/png", "png", new byte[]{(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A});

    private final String mediaType;
    private final String extension;
    private final byte[] signature;

    FileKind(String mediaType, String extension, byte[] signature) {
        this.mediaType = mediaType;
        this.extension = extension;
        this.signature = signature;
    }

    public String mediaType() {
        return mediaType;
    }

    public String extension() {
        return extension;
    }

    /** The kind whose signature the content starts with; empty for anything else. */
    public static Optional<FileKind> of(byte[] content) {
        return Arrays.stream(values()).filter(k -> k.matches(content)).findFirst();
    }

    private boolean matches(byte[] content) {
        if (content == null || content.length < signature.length) {
            return false;
        }
        for (int i = 0; i < signature.length; i++) {
            if (content[i] != signature[i]) {
                return false;
            }
        }
        return true;
    }
}
