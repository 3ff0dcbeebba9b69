package cn.eport.onboarding.declaration;

import cn.eport.onboarding.workflow.ApplicationKind;

import java.io.Serializable;
import java.time.Instant;
import java.util.List;

/**
 * What one 申报 of an application declared, whatever its kind: the snapshot kept for every
 * declaration (never rewritten), the content of its sealed PDF and one side of a diff.
 *
 * @param round       1 for the first 申报 of the application, 2 for the one after its first return, …
 * @param declaredBy  the account that declared it
 * @param fields      every field of the kind's form, in the form's order
 * @param attachments the certificate scans declared with it (empty for a kind that holds none)
 */
public record Declaration(ApplicationKind kind, Long applicationId, String number, String enterpriseUscc,
                          String enterpriseName, int round, Instant declaredAt, String declaredBy,
                          List<DeclaredField> fields, List<DeclaredAttachment> attachments) implements Serializable {

    public Declaration {
        fields = List.copyOf(fields);
        attachments = List.copyOf(attachments);
    }
}
