package cn.eport.onboarding.autosave;

import cn.eport.onboarding.workflow.ApplicationKind;
import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * The unsaved input of entry forms, kept per user and form so that a session timeout loses nothing
 * (issue 12 item 4; docs/adr/0028-form-autosave.md). Every method is the caller's own: a row of
 * another user is not found, exactly like one that does not exist. The payload is the form's text
 * (the web layer's JSON of the kind's details), encrypted before it reaches the database. Rows end
 * when their form is saved, when the user restores or discards them (a new form's older ones with
 * them), or past their expiry through the housekeeping job.
 */
@Stateless
@RolesAllowed("ENTERPRISE")
public class FormAutosaveService {

    @PersistenceContext
    private EntityManager em;

    @Resource
    private SessionContext session;

    @Inject
    private AutosaveSettings settings;

    @Inject
    private Clock clock;

    /**
     * Keeps the form's input, replacing what was kept for the same form before.
     *
     * @return when it was kept
     * @throws AutosaveTooLargeException when the input is larger than the configured limit
     */
    public Instant keep(FormKey key, String payload) {
        byte[] plain = payload.getBytes(StandardCharsets.UTF_8);
        int limit = settings.maxBytes();
        if (plain.length > limit) {
            throw new AutosaveTooLargeException(plain.length, limit);
        }
        String username = caller();
        FormAutosave row = rowOf(username, key).orElseGet(() -> {
            FormAutosave created = new FormAutosave(username, key);
            em.persist(created);
            return created;
        });
        Instant now = clock.instant();
        row.keep(key.formToken(), settings.cipher().encrypt(plain, associatedData(username, key.kind())), now,
                now.plus(settings.retention()));
        return now;
    }

    /**
     * What a form opened by the caller may offer to restore: for a stored application, its kept input;
     * for a new form, the latest kept input of a new form of the kind (a form opened after a timeout
     * has a new token).
     */
    public Optional<KeptInput> latest(ApplicationKind kind, Long applicationId) {
        String jpql = "SELECT f FROM FormAutosave f WHERE f.username = :username AND f.kind = :kind AND "
                + (applicationId == null ? "f.applicationId IS NULL" : "f.applicationId = :applicationId")
                + " ORDER BY f.savedAt DESC, f.id DESC";
        TypedQuery<FormAutosave> query = em.createQuery(jpql, FormAutosave.class)
                .setParameter("username", caller()).setParameter("kind", kind).setMaxResults(1);
        if (applicationId != null) {
            query.setParameter("applicationId", applicationId);
        }
        return query.getResultStream().findFirst().map(f -> new KeptInput(f.getId(), f.getSavedAt()));
    }

    /**
     * The kept input, decrypted.
     *
     * @throws AutosaveNotFoundException when it is not the caller's (or gone)
     * @throws AutosaveUnreadableException when it was changed in the database or the key is another
     */
    public String read(long id) {
        FormAutosave row = own(id);
        return new String(settings.cipher().decrypt(row.getPayload(), associatedData(row.getUsername(), row.getKind())),
                StandardCharsets.UTF_8);
    }

    /**
     * The kept input was restored into a form: it goes on under that form's key (a new form's token),
     * and the older input of new forms of the kind, which was never offered, goes.
     *
     * @throws AutosaveNotFoundException when it is not the caller's (or gone)
     */
    public void adopt(long id, String formToken) {
        FormAutosave row = own(id);
        if (row.getApplicationId() == null) {
            deleteOlderNewForms(row);
            rowOf(row.getUsername(), new FormKey(row.getKind(), null, formToken)).filter(other -> !other.getId().equals(row.getId()))
                    .ifPresent(em::remove);
        }
        row.keep(formToken, row.getPayload(), row.getSavedAt(), row.getExpiresAt());
    }

    /**
     * The user does not want the kept input (【放弃】): it goes, with the older input of new forms of the
     * kind, which would otherwise be offered next.
     *
     * @throws AutosaveNotFoundException when it is not the caller's (or gone)
     */
    public void discard(long id) {
        FormAutosave row = own(id);
        if (row.getApplicationId() == null) {
            deleteOlderNewForms(row);
        }
        em.remove(row);
    }

    /** The form was saved (暂存/申报): its kept input is no longer needed. */
    public void discard(FormKey key) {
        rowOf(caller(), key).ifPresent(em::remove);
    }

    private FormAutosave own(long id) {
        FormAutosave row = em.find(FormAutosave.class, id);
        if (row == null || !row.getUsername().equals(caller())) {
            throw new AutosaveNotFoundException();
        }
        return row;
    }

    private Optional<FormAutosave> rowOf(String username, FormKey key) {
        String jpql = "SELECT f FROM FormAutosave f WHERE f.username = :username AND f.kind = :kind AND "
                + (key.isNew() ? "f.applicationId IS NULL AND f.formToken = :key" : "f.applicationId = :key");
        List<FormAutosave> rows = em.createQuery(jpql, FormAutosave.class).setParameter("username", username)
                .setParameter("kind", key.kind()).setParameter("key", key.isNew() ? key.formToken() : key.applicationId())
                .getResultList();
        return rows.stream().findFirst();
    }

    private void deleteOlderNewForms(FormAutosave row) {
        em.createQuery("DELETE FROM FormAutosave f WHERE f.username = :username AND f.kind = :kind"
                        + " AND f.applicationId IS NULL AND f.id <> :id AND f.savedAt <= :savedAt")
                .setParameter("username", row.getUsername()).setParameter("kind", row.getKind())
                .setParameter("id", row.getId()).setParameter("savedAt", row.getSavedAt()).executeUpdate();
    }

    /** Binds a payload to its owner and kind: copied into another row it does not decrypt. */
    private static byte[] associatedData(String username, ApplicationKind kind) {
        return ("form-autosave\n" + username + "\n" + kind.name()).getBytes(StandardCharsets.UTF_8);
    }

    private String caller() {
        return session.getCallerPrincipal().getName();
    }
}
