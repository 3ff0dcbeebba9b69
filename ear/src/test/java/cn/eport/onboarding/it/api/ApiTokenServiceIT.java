package cn.eport.onboarding.it.api;

import cn.eport.onboarding.apitoken.ApiTokenNotFoundException;
import cn.eport.onboarding.apitoken.ApiTokenRejectedException;
import cn.eport.onboarding.apitoken.ApiTokenService;
import cn.eport.onboarding.apitoken.ApiTokenStatus;
import cn.eport.onboarding.apitoken.ApiTokenView;
import cn.eport.onboarding.apitoken.NewApiToken;
import cn.eport.onboarding.it.ActingUsers;
import cn.eport.onboarding.it.Deployments;
import cn.eport.onboarding.it.batch.BatchFixtures;
import cn.eport.onboarding.persistence.DatabaseMigrator;
import jakarta.annotation.Resource;
import jakarta.ejb.EJBAccessException;
import jakarta.inject.Inject;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import javax.sql.DataSource;
import java.time.Duration;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The token service in the container (ADR 0030): the owner's own tokens only (another's id is not
 * found, like one that does not exist), the audit trail, the enterprise role, and authentication.
 */
@ExtendWith(ArquillianExtension.class)
class ApiTokenServiceIT extends ActingUsers {

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.earWithTests(ApiTokenServiceIT.class, BatchFixtures.class);
    }

    @Inject
    private ApiTokenService tokens;

    @Resource(lookup = DatabaseMigrator.DATASOURCE)
    private DataSource dataSource;

    @Test
    void aTokenIsItsOwnersOnly() throws Exception {
        String name = "ERP " + UUID.randomUUID().toString().substring(0, 8);
        NewApiToken created = a(() -> tokens.create(name, 90));
        long id = created.token().id();
        assertEquals(Duration.ofDays(90), Duration.between(created.token().created(), created.token().expires()));
        assertTrue(a(() -> tokens.own()).stream().anyMatch(t -> t.id() == id && t.name().equals(name)));
        assertTrue(b(() -> tokens.own()).stream().noneMatch(t -> t.id() == id), "never listed to another user");

        assertThrows(ApiTokenNotFoundException.class, () -> b(() -> {
            tokens.revoke(id);
            return null;
        }));
        assertThrows(ApiTokenNotFoundException.class, () -> b(() -> {
            tokens.revoke(987654321L);
            return null;
        }), "the same answer as for none");
        assertEquals("ent-a", tokens.authenticate(created.secret().value()).orElseThrow().username(),
                "untouched by the other user's attempt");

        a(() -> {
            tokens.revoke(id);
            return null;
        });
        assertTrue(tokens.authenticate(created.secret().value()).isEmpty());
        ApiTokenView revoked = a(() -> tokens.own()).stream().filter(t -> t.id() == id).findFirst().orElseThrow();
        assertEquals(ApiTokenStatus.REVOKED, revoked.status());

        BatchFixtures db = new BatchFixtures(dataSource);
        assertEquals(1, db.count("SELECT count(*) FROM audit_event WHERE subject_type = 'API_TOKEN' AND subject_id = ?"
                + " AND action = 'CREATED' AND actor = 'ent-a'", String.valueOf(id)));
        assertEquals(1, db.count("SELECT count(*) FROM audit_event WHERE subject_type = 'API_TOKEN' AND subject_id = ?"
                + " AND action = 'CHANGED' AND actor = 'ent-a'", String.valueOf(id)));
        assertEquals(0, db.count("SELECT count(*) FROM api_token WHERE token_hash = ? OR token_prefix = ?",
                created.secret().value(), created.secret().value()), "the database holds no token");
        assertEquals(1, db.count("SELECT count(*) FROM api_token WHERE token_hash = ?", created.secret().hash()));
    }

    @Test
    void nameAndLifetimeAreChecked() {
        assertEquals(ApiTokenRejectedException.Reason.NAME,
                assertThrows(ApiTokenRejectedException.class, () -> a(() -> tokens.create("   ", 30))).getReason());
        assertEquals(ApiTokenRejectedException.Reason.NAME,
                assertThrows(ApiTokenRejectedException.class, () -> a(() -> tokens.create("x".repeat(61), 30))).getReason());
        assertEquals(ApiTokenRejectedException.Reason.LIFETIME,
                assertThrows(ApiTokenRejectedException.class, () -> a(() -> tokens.create("ok", 400))).getReason());
    }

    @Test
    void onlyEnterpriseAccountsHoldTokens() {
        assertThrows(EJBAccessException.class, () -> reviewer(() -> tokens.create("review", 30)));
        assertThrows(EJBAccessException.class, () -> reviewer(() -> tokens.own()));
    }

    @Test
    void aLockedAccountsTokenDoesNotAuthenticate() throws Exception {
        NewApiToken created = b(() -> tokens.create("locked", 30));
        BatchFixtures db = new BatchFixtures(dataSource);
        try {
            db.update("UPDATE account SET locked_until = ? WHERE username = 'ent-b'",
                    java.sql.Timestamp.from(java.time.Instant.now().plus(Duration.ofHours(1))));
            assertTrue(tokens.authenticate(created.secret().value()).isEmpty());
        } finally {
            db.update("UPDATE account SET locked_until = NULL, failed_attempts = 0 WHERE username = 'ent-b'");
        }
        assertEquals("ent-b", tokens.authenticate(created.secret().value()).orElseThrow().username());
    }
}
