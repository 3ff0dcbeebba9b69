package cn.eport.onboarding.declaration;

import java.io.Serializable;

/**
 * One certificate scan as it was declared with an application: the stored attachment's id, its
 * document type (the code of table DOCUMENT_TYPE), the file's name, size and SHA-256 (hex, lower case).
 * The diff tells a replaced file by the same document type with another hash.
 */
public record DeclaredAttachment(Long attachmentId, String documentType, String fileName, long size, String sha256)
        implements Serializable {
}
