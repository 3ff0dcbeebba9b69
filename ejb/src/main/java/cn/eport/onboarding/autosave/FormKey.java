package cn.eport.onboarding.autosave;

import cn.eport.onboarding.workflow.ApplicationKind;

import java.io.Serializable;
import java.util.Objects;

/**
 * Which form an input belongs to: the kind and the stored application, or, for a form of an
 * application never saved, the kind and the form's request token (a UUID made by the server).
 *
 * @param applicationId {@code null} for a new form
 * @param formToken     the form's request token, always set (a stored application's row keeps its latest form's)
 */
public record FormKey(ApplicationKind kind, Long applicationId, String formToken) implements Serializable {

    /** The length of a UUID, the column's size. */
    static final int TOKEN_LENGTH = 36;

    public FormKey {
        Objects.requireNonNull(kind, "kind");
        if (formToken == null || formToken.isEmpty() || formToken.length() > TOKEN_LENGTH) {
            throw new IllegalArgumentException("a form token of 1 to " + TOKEN_LENGTH + " characters");
        }
    }

    public boolean isNew() {
        return applicationId == null;
    }
}
