package cn.eport.onboarding.filing;

import java.sql.SQLException;

/**
 * Whether a failed write was refused by a unique key: SQLSTATE 23505 (PostgreSQL, H2, the SQL
 * standard's unique violation) or Oracle's ORA-00001 (SQLSTATE 23000 with error code 1).
 */
public final class UniqueKeyViolation {

    private static final String UNIQUE_VIOLATION = "23505";
    private static final String INTEGRITY_VIOLATION = "23000";
    private static final int ORACLE_UNIQUE_CONSTRAINT = 1;

    private UniqueKeyViolation() {
    }

    public static boolean causes(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof SQLException sql && isUniqueViolation(sql)) {
                return true;
            }
        }
        return false;
    }

    static boolean isUniqueViolation(SQLException e) {
        return UNIQUE_VIOLATION.equals(e.getSQLState())
                || INTEGRITY_VIOLATION.equals(e.getSQLState()) && e.getErrorCode() == ORACLE_UNIQUE_CONSTRAINT;
    }
}
