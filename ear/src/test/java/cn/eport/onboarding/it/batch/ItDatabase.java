package cn.eport.onboarding.it.batch;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/**
 * The test server's PostgreSQL database, for a client-side test: it-server.sh creates one database a
 * run, {@code eport_it_<port base>_<time>}, and drops the older ones of its port base at start.
 */
public final class ItDatabase {

    private final String url;

    public ItDatabase() throws SQLException {
        String prefix = "eport_it_" + System.getProperty("eport.it.portbase") + "_";
        try (Connection postgres = DriverManager.getConnection("jdbc:postgresql://127.0.0.1:5432/postgres", "postgres", "");
             PreparedStatement find = postgres.prepareStatement(
                     "SELECT datname FROM pg_database WHERE datname LIKE ? ORDER BY datname DESC")) {
            find.setString(1, prefix + "%");
            try (ResultSet rows = find.executeQuery()) {
                if (!rows.next()) {
                    throw new IllegalStateException("no test database " + prefix + "*");
                }
                url = "jdbc:postgresql://127.0.0.1:5432/" + rows.getString(1);
            }
        }
    }

    public Connection connect() throws SQLException {
        return DriverManager.getConnection(url, "postgres", "");
    }

    /** The first column of every row the query answers. */
    public List<Object> column(String sql, Object... arguments) throws SQLException {
        try (Connection connection = connect(); PreparedStatement query = connection.prepareStatement(sql)) {
            for (int i = 0; i < arguments.length; i++) {
                query.setObject(i + 1, arguments[i]);
            }
            List<Object> values = new ArrayList<>();
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    values.add(rows.getObject(1));
                }
            }
            return values;
        }
    }

    public long count(String sql, Object... arguments) throws SQLException {
        return ((Number) column(sql, arguments).get(0)).longValue();
    }
}
