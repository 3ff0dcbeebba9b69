package cn.eport.onboarding.declaration.pdf;

import cn.eport.onboarding.declaration.Declaration;
import cn.eport.onboarding.declaration.DeclaredAttachment;
import cn.eport.onboarding.declaration.DeclaredField;

import java.nio.charset.StandardCharsets;

/**
 * The SHA-256 of what a 申报 declared, printed in the sealed PDF's footer: one canonical text of the
 * declaration (every part length-prefixed, so no two declarations share a text), hashed. Anyone
 * holding the snapshot can recompute it and so tie the paper copy to the stored record.
 */
public final class DeclarationDigest {

    private DeclarationDigest() {
    }

    public static String sha256(Declaration d) {
        StringBuilder text = new StringBuilder();
        part(text, d.kind().name());
        part(text, String.valueOf(d.applicationId()));
        part(text, d.number());
        part(text, d.enterpriseUscc());
        part(text, d.enterpriseName());
        part(text, String.valueOf(d.round()));
        part(text, String.valueOf(d.declaredAt()));
        part(text, d.declaredBy());
        for (DeclaredField f : d.fields()) {
            part(text, "field");
            part(text, f.field());
            part(text, f.value());
            part(text, f.display());
        }
        for (DeclaredAttachment a : d.attachments()) {
            part(text, "attachment");
            part(text, a.documentType());
            part(text, a.fileName());
            part(text, String.valueOf(a.size()));
            part(text, a.sha256());
        }
        return Sha256.hex(text.toString().getBytes(StandardCharsets.UTF_8));
    }

    private static void part(StringBuilder text, String value) {
        if (value == null) {
            text.append("-\n");
        } else {
            text.append(value.length()).append(':').append(value).append('\n');
        }
    }
}
