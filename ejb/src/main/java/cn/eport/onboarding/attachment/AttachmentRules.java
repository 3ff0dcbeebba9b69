package cn.eport.onboarding.attachment;

import java.util.Optional;

/**
 * What an uploaded certificate scan must satisfy (F-14): not empty, smaller than 4 MB (the manual:
 * "只支持4M以下的文件"), a PDF, JPEG or PNG by its content, and at most 20 files per application.
 */
public final class AttachmentRules {

    /** 4 MB; files of this size or more are refused. */
    public static final long SIZE_LIMIT = 4L * 1024 * 1024;
    public static final int MAX_FILES_PER_APPLICATION = 20;

    public enum Refusal {
        EMPTY,
        TOO_LARGE,
        NOT_PDF_JPEG_OR_PNG,
        TOO_MANY_FILES
    }

    private AttachmentRules() {
    }

    /** The first rule the file breaks, or empty when it may be stored. */
    public static Optional<Refusal> check(byte[] content, int filesAlreadyAttached) {
        if (content == null || content.length == 0) {
            return Optional.of(Refusal.EMPTY);
        }
        if (content.length >= SIZE_LIMIT) {
            return Optional.of(Refusal.TOO_LARGE);
        }
        if (FileKind.of(content).isEmpty()) {
            return Optional.of(Refusal.NOT_PDF_JPEG_OR_PNG);
        }
        if (filesAlreadyAttached >= MAX_FILES_PER_APPLICATION) {
            return Optional.of(Refusal.TOO_MANY_FILES);
        }
        return Optional.empty();
    }

    /**
     * The original file name as it may be shown: the last path segment, without control
     * characters, at most 200 characters. It is never used to build a path.
     */
    public static String displayName(String originalName) {
        String name = originalName == null ? "" : originalName;
        name = name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1);
        name = name.codePoints().filter(c -> !Character.isISOControl(c))
                .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append).toString().strip();
        if (name.isEmpty()) {
            name = "file";
        }
        return name.length() <= 200 ? name : name.substring(0, 200);
    }
}
