package cn.eport.onboarding.it.autosave;

import cn.eport.onboarding.autosave.AutosaveNotFoundException;
import cn.eport.onboarding.autosave.AutosaveTooLargeException;
import cn.eport.onboarding.autosave.AutosaveUnreadableException;
import cn.eport.onboarding.autosave.FormAutosaveService;
import cn.eport.onboarding.autosave.FormKey;
import cn.eport.onboarding.autosave.KeptInput;
import cn.eport.onboarding.batch.control.BatchJobs;
import cn.eport.onboarding.batch.control.JobControlService.ExecutionState;
import cn.eport.onboarding.batch.run.StepCounter;
import cn.eport.onboarding.batch.run.StepRecords;
import cn.eport.onboarding.card.CardDetails;
import cn.eport.onboarding.customs.CustomsFilingDetails;
import cn.eport.onboarding.enterprise.RegistrationDetails;
import cn.eport.onboarding.forex.ForexFilingDetails;
import cn.eport.onboarding.it.ActingUsers;
import cn.eport.onboarding.it.Deployments;
import cn.eport.onboarding.it.HttpSession;
import cn.eport.onboarding.it.RunAsBatchOperator;
import cn.eport.onboarding.it.batch.BatchFixtures;
import cn.eport.onboarding.mofcom.MofcomDetails;
import cn.eport.onboarding.operator.OperatorDetails;
import cn.eport.onboarding.persistence.DatabaseMigrator;
import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import jakarta.inject.Inject;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import javax.sql.DataSource;
import java.beans.Introspector;
import java.beans.PropertyDescriptor;
import java.math.BigDecimal;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.UUID;

import static cn.eport.onboarding.workflow.ApplicationKind.ENTERPRISE_REGISTRATION;
import static cn.eport.onboarding.workflow.ApplicationKind.OPERATOR;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Unsaved form input kept on the server (issue 12 item 4; docs/adr/0028-form-autosave.md): read back
 * by its owner only (another user's id is not found, like one that does not exist), ciphertext at
 * rest bound to its owner, the size limit, one row per form, the offer of a new form's latest input,
 * the keep request of a form over HTTP (413 when too large), and expiry through the housekeeping job.
 */
@ExtendWith(ArquillianExtension.class)
class FormAutosaveIT extends ActingUsers {

    private static final String PASSWORD = "Eport@2026";

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.earWithTests(FormAutosaveIT.class, BatchFixtures.class, HttpSession.class);
    }

    @Inject
    private FormAutosaveService autosaves;

    @EJB
    private RunAsBatchOperator.BatchOperator operator;

    @EJB
    private StepRecords records;

    @Resource(lookup = DatabaseMigrator.DATASOURCE)
    private DataSource dataSource;

    private BatchFixtures db() {
        return new BatchFixtures(dataSource);
    }

    private static String token() {
        return UUID.randomUUID().toString();
    }

    private static String json(String contactName) {
        return "{\"contactName\":\"" + contactName + "\",\"customsDistrictCode\":\"0100\"}";
    }

    private long keepNewFormOfA(String token, String payload) throws Exception {
        a(() -> autosaves.keep(new FormKey(OPERATOR, null, token), payload));
        return db().count("SELECT id FROM form_autosave WHERE form_token = ?", token);
    }

    @Test
    void keptInputIsReadBackByItsOwnerOnly() throws Exception {
        String payload = json("王自动" + UUID.randomUUID());
        long id = keepNewFormOfA(token(), payload);

        assertEquals(payload, a(() -> autosaves.read(id)));
        assertEquals(id, a(() -> autosaves.latest(OPERATOR, null)).orElseThrow().id());

        assertThrows(AutosaveNotFoundException.class, () -> b(() -> autosaves.read(id)));
        assertThrows(AutosaveNotFoundException.class, () -> b(() -> autosaves.read(987654321L)), "the same answer as for none");
        assertThrows(AutosaveNotFoundException.class, () -> b(() -> {
            autosaves.discard(id);
            return null;
        }));
        assertThrows(AutosaveNotFoundException.class, () -> b(() -> {
            autosaves.adopt(id, token());
            return null;
        }));
        Optional<KeptInput> ofB = b(() -> autosaves.latest(OPERATOR, null));
        assertTrue(ofB.isEmpty() || ofB.get().id() != id, "never offered to another user");
        assertEquals(payload, a(() -> autosaves.read(id)), "untouched by the other user's attempts");
    }

    @Test
    void thePayloadIsCiphertextThatOnlyItsOwnersRowDecrypts() throws Exception {
        String name = "李密文" + UUID.randomUUID();
        long id = keepNewFormOfA(token(), json(name));
        String tokenOfB = token();
        b(() -> autosaves.keep(new FormKey(OPERATOR, null, tokenOfB), json("赵")));
        long idOfB = db().count("SELECT id FROM form_autosave WHERE form_token = ?", tokenOfB);

        byte[] stored = payload(id);
        assertFalse(new String(stored, StandardCharsets.ISO_8859_1).contains("contactName"), "no plain text at rest");
        assertFalse(containsBytes(stored, name.getBytes(StandardCharsets.UTF_8)));

        setPayload(idOfB, stored);
        assertThrows(AutosaveUnreadableException.class, () -> b(() -> autosaves.read(idOfB)), "copied into another user's row");

        byte[] tampered = stored.clone();
        tampered[tampered.length - 5] ^= 0x10;
        setPayload(id, tampered);
        assertThrows(AutosaveUnreadableException.class, () -> a(() -> autosaves.read(id)), "changed in the database");
    }

    @Test
    void inputLargerThanTheLimitIsRefusedAndNothingIsKept() throws Exception {
        String token = token();
        String huge = json("长".repeat(30_000));

        AutosaveTooLargeException refused = assertThrows(AutosaveTooLargeException.class,
                () -> a(() -> autosaves.keep(new FormKey(OPERATOR, null, token), huge)));

        assertEquals(65536, refused.limit());
        assertEquals(huge.getBytes(StandardCharsets.UTF_8).length, refused.size());
        assertEquals(0, db().count("SELECT COUNT(*) FROM form_autosave WHERE form_token = ?", token));
    }

    @Test
    void aStoredApplicationHasOneRowWhateverItsFormsAndItsSaveEndsIt() throws Exception {
        long applicationId = 900_000_000L + (System.nanoTime() % 1_000_000);
        a(() -> autosaves.keep(new FormKey(OPERATOR, applicationId, token()), json("一")));
        String later = token();
        a(() -> autosaves.keep(new FormKey(OPERATOR, applicationId, later), json("二")));

        assertEquals(1, db().count("SELECT COUNT(*) FROM form_autosave WHERE application_id = ?", applicationId));
        KeptInput kept = a(() -> autosaves.latest(OPERATOR, applicationId)).orElseThrow();
        assertEquals(json("二"), a(() -> autosaves.read(kept.id())));
        assertTrue(a(() -> autosaves.latest(ENTERPRISE_REGISTRATION, applicationId)).isEmpty(), "per kind");

        a(() -> {
            autosaves.discard(new FormKey(OPERATOR, applicationId, later));
            return null;
        });
        assertEquals(0, db().count("SELECT COUNT(*) FROM form_autosave WHERE application_id = ?", applicationId));
    }

    @Test
    void aNewFormOffersTheLatestNewFormInputAndRestoringItLetsTheOlderGo() throws Exception {
        long older = keepNewFormOfA(token(), json("旧"));
        long latest = keepNewFormOfA(token(), json("新"));
        assertEquals(latest, a(() -> autosaves.latest(OPERATOR, null)).orElseThrow().id());

        String reopened = token();
        a(() -> {
            autosaves.adopt(latest, reopened);
            return null;
        });

        assertEquals(0, db().count("SELECT COUNT(*) FROM form_autosave WHERE id = ?", older), "never to be offered");
        assertEquals(latest, db().count("SELECT id FROM form_autosave WHERE form_token = ?", reopened), "goes on as the new form's");
        assertEquals(json("新"), a(() -> autosaves.read(latest)));

        a(() -> {
            autosaves.discard(latest);
            return null;
        });
        assertEquals(0, db().count("SELECT COUNT(*) FROM form_autosave WHERE id = ?", latest));
    }

    @Test
    void housekeepingDeletesExpiredInputOnlyAndCountsIt() throws Exception {
        long expired = keepNewFormOfA(token(), json("过期"));
        long fresh = keepNewFormOfA(token(), json("未过期"));
        db().update("UPDATE form_autosave SET expires_at = CURRENT_TIMESTAMP - INTERVAL '1 hour' WHERE id = ?", expired);
        Instant savedAt = a(() -> autosaves.latest(OPERATOR, null)).orElseThrow().savedAt();
        long expiringAtStart = db().count("SELECT COUNT(*) FROM form_autosave WHERE expires_at < CURRENT_TIMESTAMP");

        ExecutionState run = operator.run(BatchJobs.HOUSEKEEPING, new Properties(), Duration.ofMinutes(2));

        assertEquals("COMPLETED", run.batchStatus());
        assertEquals(0, db().count("SELECT COUNT(*) FROM form_autosave WHERE id = ?", expired));
        assertEquals(1, db().count("SELECT COUNT(*) FROM form_autosave WHERE id = ?", fresh), "kept for 168 hours by default");
        assertTrue(Duration.between(savedAt, Instant.now()).toHours() < 1);
        Map<StepCounter, Long> counts = operator.attempt(() -> records.counts(run.instanceId())).get().get("form-autosaves");
        assertEquals(expiringAtStart, counts.get(StepCounter.TOTAL));
        assertEquals(expiringAtStart, counts.get(StepCounter.READ));
        assertEquals(expiringAtStart, counts.get(StepCounter.DELETED));
    }

    @Test
    void aFormKeepsItsInputOverHttpAndTooMuchIsAnswered413() throws Exception {
        HttpSession ent = HttpSession.loggedIn(HttpSession.ownServer(), "ent-b", PASSWORD);
        String name = "孙超时" + UUID.randomUUID().toString().substring(0, 8);

        HttpResponse<String> kept = keep(ent, name);

        assertEquals(200, kept.statusCode(), kept.body());
        assertTrue(kept.body().contains("<partial-response"), kept.body());
        KeptInput latest = b(() -> autosaves.latest(ENTERPRISE_REGISTRATION, null))
                .orElseThrow(() -> new AssertionError("nothing kept; the answer was " + kept.body()));
        assertTrue(b(() -> autosaves.read(latest.id())).contains("\"contactName\":\"" + name + "\""));

        HttpResponse<String> tooLarge = keep(ent, "大".repeat(40_000));
        assertEquals(413, tooLarge.statusCode());
        assertEquals(latest.id(), b(() -> autosaves.latest(ENTERPRISE_REGISTRATION, null)).orElseThrow().id());
        assertTrue(b(() -> autosaves.read(latest.id())).contains(name), "what was kept before stays");

        HttpResponse<String> withoutLogin = keep(HttpSession.anonymous(HttpSession.ownServer()), "无登录");
        assertEquals(200, withoutLogin.statusCode());
        assertTrue(withoutLogin.body().contains("<redirect url=\"/eport/login"), withoutLogin.body());
    }

    @Test
    void everyFieldOfEveryFormsDetailsComesBackFromTheKeptJson() throws Exception {
        // the web form keeps and restores its details with JSON-B (KeptFormInput): every property must survive
        List<Class<?>> forms = List.of(RegistrationDetails.class, CardDetails.class, MofcomDetails.class,
                CustomsFilingDetails.class, ForexFilingDetails.class, OperatorDetails.class);
        try (Jsonb json = JsonbBuilder.create()) {
            for (Class<?> form : forms) {
                Object typed = form.getConstructor().newInstance();
                List<PropertyDescriptor> properties = Arrays.stream(Introspector.getBeanInfo(form, Object.class).getPropertyDescriptors())
                        .filter(p -> p.getReadMethod() != null && p.getWriteMethod() != null).toList();
                assertTrue(properties.size() >= 5, form + ": " + properties.size());
                for (PropertyDescriptor property : properties) {
                    property.getWriteMethod().invoke(typed, sample(property.getPropertyType(), property.getName()));
                }

                Object restored = json.fromJson(json.toJson(typed), form);

                for (PropertyDescriptor property : properties) {
                    assertEquals(property.getReadMethod().invoke(typed), property.getReadMethod().invoke(restored),
                            form.getSimpleName() + "." + property.getName());
                }
            }
        }
    }

    private static Object sample(Class<?> type, String name) {
        if (type == String.class) {
            return "值-" + name;
        }
        if (type == BigDecimal.class) {
            return new BigDecimal("12345.6789");
        }
        if (type == LocalDate.class) {
            return LocalDate.of(2015, 3, 12);
        }
        if (type.isEnum()) {
            Object[] constants = type.getEnumConstants();
            return constants[constants.length - 1];
        }
        if (type == Integer.class || type == int.class) {
            return 7;
        }
        if (type == Long.class || type == long.class) {
            return 9L;
        }
        if (type == Boolean.class || type == boolean.class) {
            return true;
        }
        throw new AssertionError("a sample value of " + type + " for " + name);
    }

    /** What resources/js/autosave.js sends: the form executed by its hidden keep button, nothing rendered. */
    private static HttpResponse<String> keep(HttpSession session, String contactName) {
        HttpResponse<String> page = session.get("enterprise/registration-edit");
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("reg", "reg");
        fields.put("reg:contactName", contactName);
        fields.put("reg:autosave-keep", "keep");
        fields.put("jakarta.faces.source", "reg:autosave-keep");
        fields.put("jakarta.faces.partial.ajax", "true");
        fields.put("jakarta.faces.partial.event", "click");
        fields.put("jakarta.faces.partial.execute", "reg");
        fields.put("jakarta.faces.partial.render", "@none");
        if (page.statusCode() == 200) {
            fields.putAll(HttpSession.formState(page.body()));
        } else {
            fields.put("jakarta.faces.ViewState", "stateless");
        }
        return session.post("enterprise/registration-edit", fields, "Faces-Request", "partial/ajax");
    }

    private byte[] payload(long id) throws Exception {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement select = connection.prepareStatement("SELECT payload FROM form_autosave WHERE id = ?")) {
            select.setLong(1, id);
            try (ResultSet row = select.executeQuery()) {
                assertTrue(row.next());
                return row.getBytes(1);
            }
        }
    }

    private void setPayload(long id, byte[] payload) throws Exception {
        assertEquals(1, db().update("UPDATE form_autosave SET payload = ? WHERE id = ?", payload, id));
        assertArrayEquals(payload, payload(id));
    }

    private static boolean containsBytes(byte[] haystack, byte[] needle) {
        for (int i = 0; i + needle.length <= haystack.length; i++) {
            if (Arrays.equals(haystack, i, i + needle.length, needle, 0, needle.length)) {
                return true;
            }
        }
        return false;
    }
}
