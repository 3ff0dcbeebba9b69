package cn.eport.onboarding.declaration;

import java.io.Serializable;
import java.time.Instant;

/**
 * One declared version of an application, as a list of versions shows it.
 *
 * @param snapshotId    the stored snapshot (the one {@link ApplicationDeclared} named)
 * @param round         1 for the first 申报, 2 for the one after the first return, …
 * @param contentSha256 the SHA-256 (hex) of the snapshot's JSON text
 */
public record DeclarationVersion(Long snapshotId, int round, Instant declaredAt, String declaredBy, String contentSha256)
        implements Serializable {
}
