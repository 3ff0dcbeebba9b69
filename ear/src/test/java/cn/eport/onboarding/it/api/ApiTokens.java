package cn.eport.onboarding.it.api;

import cn.eport.onboarding.it.batch.ItDatabase;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;

/**
 * API tokens for ITs of the token API, written straight into the test server's database the way the
 * token page's service writes them (only the SHA-256 of the token is stored), so a test needs neither
 * a browser nor the page. Demo users: {@code ent-a}, {@code ent-b} (enterprise A and B), password
 * {@code Eport@2026}.
 * <pre>{@code
 * String token = ApiTokens.issue("ent-a");                     // valid for 30 days
 * ApiClient api = ApiClient.of(base, token);
 * String expired = ApiTokens.issueExpired("ent-b");            // expired a day ago: 401
 * String revoked = ApiTokens.issueRevoked("ent-a");            // revoked: 401
 * }</pre>
 * Client-side tests only ({@code @Deployment(testable = false)}); the database is the run's
 * {@code eport_it_<port base>_*} (it-server.sh).
 */
public final class ApiTokens {

    private static final SecureRandom RANDOM = new SecureRandom();

    private ApiTokens() {
    }

    /** A valid token of the user (30 days). */
    public static String issue(String username) {
        Instant now = Instant.now();
        return insert(username, now, now.plus(Duration.ofDays(30)), null);
    }

    /** A token of the user that expired a day ago. */
    public static String issueExpired(String username) {
        Instant now = Instant.now();
        return insert(username, now.minus(Duration.ofDays(31)), now.minus(Duration.ofDays(1)), null);
    }

    /** A token of the user that was revoked (and would otherwise still be valid). */
    public static String issueRevoked(String username) {
        Instant now = Instant.now();
        return insert(username, now, now.plus(Duration.ofDays(30)), now);
    }

    /** The SHA-256 of a token as the database keeps it (lower-case hex). */
    public static String hash(String token) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String insert(String username, Instant created, Instant expires, Instant revoked) {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        String token = "eport_" + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        try (Connection connection = new ItDatabase().connect();
             PreparedStatement insert = connection.prepareStatement(
                     "INSERT INTO api_token (id, version, account_id, token_name, token_hash, token_prefix, created_at,"
                             + " expires_at, last_used_at, revoked_at)"
                             + " SELECT nextval('api_token_seq'), 1, a.id, 'it', ?, ?, ?, ?, NULL, ? FROM account a WHERE a.username = ?")) {
            insert.setString(1, hash(token));
            insert.setString(2, token.substring(0, 12));
            insert.setTimestamp(3, Timestamp.from(created));
            insert.setTimestamp(4, Timestamp.from(expires));
            insert.setTimestamp(5, revoked == null ? null : Timestamp.from(revoked));
            insert.setString(6, username);
            if (insert.executeUpdate() != 1) {
                throw new IllegalStateException("no account " + username);
            }
            return token;
        } catch (SQLException e) {
            throw new IllegalStateException("could not issue a token of " + username, e);
        }
    }
}
