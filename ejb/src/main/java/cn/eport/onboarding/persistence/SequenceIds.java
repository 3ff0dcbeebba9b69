package cn.eport.onboarding.persistence;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

/**
 * Hands out ids from a sequence the way EclipseLink takes them with {@code allocationSize} 50: one
 * sequence value v stands for the ids v-49..v. So rows written by plain JDBC batches and entities
 * persisted later never collide. Open for one batch of writes on one connection; close it after.
 */
public final class SequenceIds implements AutoCloseable {

    /** The allocation size of every sequence of the schema (ADR 0004). */
    public static final int ALLOCATION_SIZE = 50;

    private final PreparedStatement nextValue;
    private long next;
    private long last = -1;

    public SequenceIds(Connection connection, SqlDialect dialect, String sequence) throws SQLException {
        this.nextValue = connection.prepareStatement(dialect.nextValueSql(sequence));
    }

    public long next() throws SQLException {
        if (next > last) {
            try (ResultSet rows = nextValue.executeQuery()) {
                rows.next();
                last = rows.getLong(1);
            }
            next = last - ALLOCATION_SIZE + 1;
        }
        return next++;
    }

    @Override
    public void close() throws SQLException {
        nextValue.close();
    }
}
