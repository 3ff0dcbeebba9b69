package cn.eport.onboarding.declaration.pdf;

import java.util.Locale;

/** A file's size as a person reads it: bytes below 1 KB, else KB or MB with one decimal (1 KB = 1,024 bytes). */
final class FileSizes {

    private FileSizes() {
    }

    static String format(long bytes) {
        if (bytes < 1024) {
            return bytes + " B";
        }
        if (bytes < 1024 * 1024) {
            return String.format(Locale.ROOT, "%.1f KB", bytes / 1024.0);
        }
        return String.format(Locale.ROOT, "%.1f MB", bytes / (1024.0 * 1024.0));
    }
}
