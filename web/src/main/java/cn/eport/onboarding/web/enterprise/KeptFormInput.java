package cn.eport.onboarding.web.enterprise;

import cn.eport.onboarding.autosave.AutosaveNotFoundException;
import cn.eport.onboarding.autosave.AutosaveUnreadableException;
import cn.eport.onboarding.autosave.FormAutosaveService;
import cn.eport.onboarding.autosave.FormKey;
import cn.eport.onboarding.autosave.KeptInput;
import cn.eport.onboarding.workflow.ApplicationKind;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.json.bind.JsonbException;

import java.io.Serializable;
import java.time.Instant;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * The unsaved input of one open entry form (issue 12 item 4; docs/adr/0028-form-autosave.md): the
 * kind's details as JSON, kept on the server through {@link FormAutosaveService} while the user types
 * (resources/js/autosave.js), and the kept input of an earlier form that this one offers to restore
 * (【恢复未保存的输入】/【放弃】). Restoring puts the details back on the server side, so every input of
 * the form shows them as its own (selects, code suggestions, dates, amounts) without anything saved.
 */
final class KeptFormInput implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final Jsonb JSON = JsonbBuilder.create();

    /** What came of restoring: the bundle key the page says it with. */
    enum Restore {
        RESTORED("autosave.restored"), GONE("autosave.gone"), UNREADABLE("autosave.unreadable");

        private final String messageKey;

        Restore(String messageKey) {
            this.messageKey = messageKey;
        }

        String messageKey() {
            return messageKey;
        }
    }

    private final ApplicationKind kind;
    private final String formToken;
    private KeptInput offered;
    private Instant lastKept;
    /** The form was saved: a keep request still under way then keeps nothing. */
    private boolean closed;

    KeptFormInput(ApplicationKind kind, String formToken) {
        this.kind = kind;
        this.formToken = formToken;
    }

    /** The form opened: offer the caller's kept input of it when it is newer than what is stored ({@code storedAt}; none for a new form). */
    void offer(FormAutosaveService autosaves, Long applicationId, Instant storedAt) {
        offered = autosaves.latest(kind, applicationId)
                .filter(kept -> storedAt == null || kept.savedAt().isAfter(storedAt)).orElse(null);
    }

    /**
     * Keeps what the form holds now.
     *
     * @throws cn.eport.onboarding.autosave.AutosaveTooLargeException when it is larger than the limit
     */
    void keep(FormAutosaveService autosaves, Long applicationId, Object details) {
        if (closed) {
            return;
        }
        lastKept = autosaves.keep(key(applicationId), JSON.toJson(details));
    }

    /** The details of the offered input, read back; the input then goes on as this form's. */
    <D> Restore restore(FormAutosaveService autosaves, Class<D> type, Consumer<D> into) {
        if (offered == null) {
            return Restore.GONE;
        }
        long id = offered.id();
        offered = null;
        try {
            D details = JSON.fromJson(autosaves.read(id), type);
            autosaves.adopt(id, formToken);
            into.accept(details);
            return Restore.RESTORED;
        } catch (AutosaveNotFoundException e) {
            return Restore.GONE;
        } catch (AutosaveUnreadableException | JsonbException e) {
            autosaves.discard(id);
            return Restore.UNREADABLE;
        }
    }

    /** 【放弃】: the offered input goes. */
    void discardOffered(FormAutosaveService autosaves) {
        if (offered != null) {
            long id = offered.id();
            offered = null;
            try {
                autosaves.discard(id);
            } catch (AutosaveNotFoundException e) {
                // gone already (restored or discarded in another window): nothing left to discard
            }
        }
    }

    /** The form was saved: what was kept of it is not needed any more. */
    void saved(FormAutosaveService autosaves, Long applicationId) {
        closed = true;
        autosaves.discard(key(applicationId));
        lastKept = null;
    }

    Optional<Instant> offeredAt() {
        return Optional.ofNullable(offered).map(KeptInput::savedAt);
    }

    Optional<Instant> lastKept() {
        return Optional.ofNullable(lastKept);
    }

    private FormKey key(Long applicationId) {
        return new FormKey(kind, applicationId, formToken);
    }
}
