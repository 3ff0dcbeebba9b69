package cn.eport.onboarding.declaration;

/**
 * CDI event fired synchronously, in the 申报's own transaction, once its snapshot is stored: observers
 * (the sealed PDF) act on exactly what was declared; a failure of theirs rolls the 申报 back.
 *
 * @param snapshotId the id of the stored snapshot of this declaration
 * @param actor      the account that declared
 */
public record ApplicationDeclared(Declaration declaration, Long snapshotId, String actor) {
}
