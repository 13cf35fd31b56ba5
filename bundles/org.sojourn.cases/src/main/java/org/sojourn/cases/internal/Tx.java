package org.sojourn.cases.internal;

import javax.persistence.EntityManager;
import javax.persistence.OptimisticLockException;
import javax.persistence.PessimisticLockException;

import org.apache.aries.jpa.template.JpaTemplate;
import org.apache.aries.jpa.template.TransactionType;
import org.sojourn.cases.api.DomainException;
import org.sojourn.cases.api.ErrorKind;

/**
 * Runs one unit of work in one transaction; a domain refusal or any failure rolls all of it back.
 * Two clerks saving the same draft at once is expected, not a defect: the loser gets 409.
 */
final class Tx {

    /** One unit of work. */
    @FunctionalInterface
    interface Work<R> {
        /** @return the result */
        R apply(EntityManager em);
    }

    private Tx() {
    }

    static <R> R run(JpaTemplate jpa, Work<R> work) {
        try {
            return jpa.txExpr(TransactionType.Required, work::apply);
        } catch (RuntimeException e) {
            for (Throwable t = e; t != null; t = t.getCause()) {
                if (t instanceof DomainException domain) {
                    throw domain;
                }
                if (t instanceof OptimisticLockException || t instanceof PessimisticLockException
                        || t.getClass().getName().equals("org.hibernate.StaleObjectStateException")) {
                    throw new DomainException(ErrorKind.CONFLICT, "CONCURRENT_CHANGE", "資料剛被他人修改，請重新載入後再試。",
                            "Someone else changed this at the same moment; reload and try again.");
                }
            }
            throw e;
        }
    }
}
