package cn.eport.onboarding.attachment;

import java.util.Locale;

/**
 * A file's size as a person reads it, the same on the pages and in the sealed PDF: bytes below 1 KB,
 * whole KB below 1 MB, else MB with one decimal (1 KB = 1,024 bytes).
 */
public final class FileSizes {

    private FileSizes() {
    }

    public static String format(long bytes) {
        if (bytes < 1024) {
            return bytes + " B";
        }
        if (bytes < 1024 * 1024) {
            return Math.round(bytes / 1024.0) + " KB";
        }
        return String.format(Locale.ROOT, "%.1f MB", bytes / (1024.0 * 1024));
    }
}
