package cn.eport.onboarding.audit;

import java.util.Objects;

/**
 * The record an audited subject is part of (the application a file belongs to), so that the
 * record's trail keeps the entries about its parts, even of parts deleted since.
 */
public record AuditParent(String type, String id) {

    public AuditParent {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(id, "id");
    }
}
