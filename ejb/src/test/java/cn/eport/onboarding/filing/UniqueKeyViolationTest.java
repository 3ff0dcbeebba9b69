package cn.eport.onboarding.filing;

import jakarta.persistence.PersistenceException;
import org.junit.jupiter.api.Test;

import java.sql.SQLException;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class UniqueKeyViolationTest {

    @Test
    void aUniqueViolationDeepInTheCausesIsFound() {
        SQLException postgres = new SQLException("duplicate key value violates unique constraint", "23505");
        assertTrue(UniqueKeyViolation.causes(new PersistenceException(new RuntimeException(postgres))));
        assertTrue(UniqueKeyViolation.causes(new PersistenceException(new SQLException("ORA-00001", "23000", 1))), "Oracle");
    }

    @Test
    void otherFailuresAreNotTakenForOne() {
        assertFalse(UniqueKeyViolation.causes(new PersistenceException(new SQLException("check constraint", "23514"))));
        assertFalse(UniqueKeyViolation.causes(new PersistenceException(new SQLException("ORA-02290", "23000", 2290))));
        assertFalse(UniqueKeyViolation.causes(new PersistenceException("connection lost")));
    }
}
