package cn.eport.onboarding.customs;

import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.LocalBean;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;

import java.util.OptionalInt;

/**
 * The sequence numbers of the 海关注册编码 (digits 7–10), one counter row per 6-digit prefix in
 * {@code customs_code_counter} (V15). {@link #next} increments the prefix's row in the caller's
 * transaction: the UPDATE holds the row's lock until that transaction ends, so a concurrent approval
 * with the same prefix waits and then gets the following number; a rolled-back approval gives its
 * number back. A prefix's first row is inserted in a transaction of its own, so two first approvals
 * at once do not fail: the slower insert meets the unique key and is dropped.
 */
@Stateless
@LocalBean
@PermitAll
public class CustomsCodeCounters {

    @PersistenceContext
    private EntityManager em;

    @Resource
    private SessionContext session;

    /**
     * The next sequence number of the prefix, in the caller's transaction; empty when the prefix's
     * numbers are all given (the counter stays at {@value CustomsRegistrationCode#LARGEST_SEQUENCE}).
     */
    @TransactionAttribute(TransactionAttributeType.MANDATORY)
    public OptionalInt next(String prefix) {
        if (increment(prefix) == 0) {
            Number last = lastValue(prefix);
            if (last == null) {
                session.getBusinessObject(CustomsCodeCounters.class).open(prefix);
            } else if (exhausted(last)) {
                return OptionalInt.empty();
            }
            // the row exists now, opened here or (while this transaction looked) by a concurrent first approval
            if (increment(prefix) == 0) {
                if (exhausted(lastValue(prefix))) {
                    return OptionalInt.empty();
                }
                throw new IllegalStateException("no counter row for the 海关注册编码 prefix " + prefix);
            }
        }
        return OptionalInt.of(lastValue(prefix).intValue());
    }

    private static boolean exhausted(Number last) {
        return last != null && last.intValue() >= CustomsRegistrationCode.LARGEST_SEQUENCE;
    }

    private Number lastValue(String prefix) {
        return (Number) em.createNativeQuery("SELECT last_value FROM customs_code_counter WHERE prefix = ?")
                .setParameter(1, prefix).getResultStream().findFirst().orElse(null);
    }

    /** Inserts the prefix's counter at 0, unless another transaction did so first. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void open(String prefix) {
        try {
            em.createNativeQuery("INSERT INTO customs_code_counter (prefix, version, last_value) VALUES (?, 1, 0)")
                    .setParameter(1, prefix).executeUpdate();
        } catch (PersistenceException alreadyThere) {
            session.setRollbackOnly();
        }
    }

    /** Rows changed: 0 when the prefix has no row yet or its last number is given. */
    private int increment(String prefix) {
        return em.createNativeQuery("UPDATE customs_code_counter SET last_value = last_value + 1, version = version + 1"
                + " WHERE prefix = ? AND last_value < ?").setParameter(1, prefix)
                .setParameter(2, CustomsRegistrationCode.LARGEST_SEQUENCE).executeUpdate();
    }
}
