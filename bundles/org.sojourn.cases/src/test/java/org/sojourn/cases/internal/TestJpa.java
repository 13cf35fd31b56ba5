package org.sojourn.cases.internal;

import java.lang.reflect.Proxy;
import java.util.Map;
import java.util.function.Function;

import javax.persistence.EntityManager;
import javax.persistence.EntityManagerFactory;
import javax.persistence.EntityTransaction;
import javax.persistence.Persistence;
import javax.sql.DataSource;

import org.apache.aries.jpa.template.EmFunction;
import org.apache.aries.jpa.template.JpaTemplate;

/** The real persistence unit outside OSGi, with the part of Aries' template the core uses: one transaction per call. */
final class TestJpa implements AutoCloseable {

    private final EntityManagerFactory emf;
    final JpaTemplate template;

    TestJpa(DataSource dataSource) {
        emf = Persistence.createEntityManagerFactory("sojourn", Map.of("javax.persistence.nonJtaDataSource", dataSource));
        template = (JpaTemplate) Proxy.newProxyInstance(JpaTemplate.class.getClassLoader(),
                new Class<?>[] {JpaTemplate.class}, (proxy, method, args) -> {
                    if (!method.getName().equals("txExpr")) {
                        throw new UnsupportedOperationException(method.getName());
                    }
                    @SuppressWarnings("unchecked")
                    EmFunction<Object> work = (EmFunction<Object>) args[1];
                    return inTransaction(work::apply);
                });
    }

    private Object inTransaction(Function<EntityManager, Object> work) {
        EntityManager em = emf.createEntityManager();
        EntityTransaction tx = em.getTransaction();
        try {
            tx.begin();
            Object result = work.apply(em);
            tx.commit();
            return result;
        } catch (RuntimeException e) {
            if (tx.isActive()) {
                tx.rollback();
            }
            throw e;
        } finally {
            em.close();
        }
    }

    @Override
    public void close() {
        emf.close();
    }
}
