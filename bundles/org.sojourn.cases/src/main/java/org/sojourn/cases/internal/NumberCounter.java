package org.sojourn.cases.internal;

import java.util.List;

import javax.persistence.EntityManager;

/**
 * Hands out the numbers of one scope (e.g. the groups of year 115 and business code 102) in the
 * caller's transaction: the counter row stays locked until that transaction ends, so concurrent
 * callers on any node wait their turn, and a rolled-back transaction gives its number back.
 * Never {@code max()+1}, which repeats numbers under concurrency.
 */
final class NumberCounter {

    private NumberCounter() {
    }

    /**
     * @param em    the entity manager of the running transaction
     * @param scope the numbering scope, at most 40 characters
     * @return the next number of the scope, starting at 1
     */
    static long next(EntityManager em, String scope) {
        // Create the row if this is the scope's first number; a concurrent creator makes this a no-op.
        em.createNativeQuery("insert into number_counter (scope, last_value) values (?1, 0) on conflict do nothing")
                .setParameter(1, scope)
                .executeUpdate();
        List<?> rows = em.createNativeQuery("select last_value from number_counter where scope = ?1 for update")
                .setParameter(1, scope)
                .getResultList();
        long next = ((Number) rows.get(0)).longValue() + 1;
        em.createNativeQuery("update number_counter set last_value = ?2 where scope = ?1")
                .setParameter(1, scope)
                .setParameter(2, next)
                .executeUpdate();
        return next;
    }
}
