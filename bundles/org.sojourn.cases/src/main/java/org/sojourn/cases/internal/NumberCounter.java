package org.sojourn.cases.internal;

import java.util.List;

import javax.persistence.EntityManager;
import javax.persistence.Query;

import org.hibernate.query.NativeQuery;

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
        return reserve(em, scope, 1);
    }

    /**
     * @param count how many numbers, at least 1
     * @return the first of {@code count} consecutive numbers of the scope, all reserved for the
     *         caller: a group's 30 receipt numbers cost three statements, not ninety
     */
    static long reserve(EntityManager em, String scope, int count) {
        // Create the row if this is the scope's first number; a concurrent creator makes this a no-op.
        counter(em, "insert into number_counter (scope, last_value) values (?1, 0) on conflict do nothing")
                .setParameter(1, scope)
                .executeUpdate();
        List<?> rows = counter(em, "select last_value from number_counter where scope = ?1 for update")
                .setParameter(1, scope)
                .getResultList();
        long first = ((Number) rows.get(0)).longValue() + 1;
        counter(em, "update number_counter set last_value = ?2 where scope = ?1")
                .setParameter(1, scope)
                .setParameter(2, first + count - 1)
                .executeUpdate();
        return first;
    }

    /**
     * A statement on the counter table alone. Named as its only table, so Hibernate does not flush
     * (and dirty-check) the whole session before it, as it must before a native statement it knows
     * nothing about.
     */
    private static Query counter(EntityManager em, String sql) {
        return em.createNativeQuery(sql).unwrap(NativeQuery.class).addSynchronizedQuerySpace("number_counter");
    }
}
