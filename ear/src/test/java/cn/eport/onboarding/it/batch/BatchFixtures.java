package cn.eport.onboarding.it.batch;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;

/** SQL the batch ITs (and others that run a job) use to look at and age what the jobs recorded (PostgreSQL of the IT server). */
public final class BatchFixtures {

    private final DataSource dataSource;

    public BatchFixtures(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    public int update(String sql, Object... arguments) throws SQLException {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement statement = connection.prepareStatement(sql)) {
            for (int i = 0; i < arguments.length; i++) {
                statement.setObject(i + 1, arguments[i]);
            }
            return statement.executeUpdate();
        }
    }

    public List<Long> longs(String sql, Object... arguments) throws SQLException {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement statement = connection.prepareStatement(sql)) {
            for (int i = 0; i < arguments.length; i++) {
                statement.setObject(i + 1, arguments[i]);
            }
            List<Long> values = new ArrayList<>();
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    values.add(rows.getLong(1));
                }
            }
            return values;
        }
    }

    public long count(String sql, Object... arguments) throws SQLException {
        return longs(sql, arguments).get(0);
    }

    /** Pretends the execution ran (started and ended) the given number of days ago. */
    void age(long executionId, int days) throws SQLException {
        update("UPDATE executioninstancedata SET createtime = createtime - make_interval(days => ?),"
                + " starttime = starttime - make_interval(days => ?), endtime = endtime - make_interval(days => ?)"
                + " WHERE jobexecid = ?", days, days, days, executionId);
        update("UPDATE batch_run SET requested_at = requested_at - make_interval(days => ?) WHERE execution_id = ?",
                days, executionId);
    }
}
