package org.sojourn.cases.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Proxy;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Function;

import javax.persistence.EntityManager;
import javax.persistence.EntityManagerFactory;
import javax.persistence.EntityTransaction;
import javax.persistence.Persistence;

import org.apache.aries.jpa.template.EmFunction;
import org.apache.aries.jpa.template.JpaTemplate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.sojourn.cases.api.CaseGroup;
import org.sojourn.cases.api.GroupNumber;
import org.sojourn.cases.api.GroupOwner;
import org.sojourn.cases.api.NewCaseGroup;
import org.sojourn.cases.internal.migration.MigrationsForTests;

/**
 * The real persistence unit and migrations on PostgreSQL and H2, through Hibernate outside OSGi:
 * group numbers never repeat or skip under concurrent creation.
 */
class JpaCaseGroupsTest {

    @ParameterizedTest
    @EnumSource(TestDatabase.Kind.class)
    void concurrentCreationsGetConsecutiveDistinctNumbers(TestDatabase.Kind kind) throws Exception {
        try (TestDatabase db = TestDatabase.create(kind)) {
            MigrationsForTests.migrate(db.dataSource());
            EntityManagerFactory emf = Persistence.createEntityManagerFactory("sojourn",
                    Map.of("javax.persistence.nonJtaDataSource", db.dataSource()));
            try {
                JpaCaseGroups groups = new JpaCaseGroups(resourceLocal(emf));
                ExecutorService clerks = Executors.newFixedThreadPool(6);
                List<Callable<CaseGroup>> filings = new ArrayList<>();
                for (int i = 0; i < 60; i++) {
                    String code = i % 2 == 0 ? "102" : "112";
                    filings.add(() -> groups.create(new NewCaseGroup("申請 " + code, code), new GroupOwner(7L, "03734301")));
                }
                Set<String> foreign = new TreeSet<>();
                Set<String> mainland = new TreeSet<>();
                for (Future<CaseGroup> filed : clerks.invokeAll(filings)) {
                    GroupNumber number = filed.get().groupNumber();
                    (number.businessCode().equals("102") ? foreign : mainland).add(number.toString());
                }
                clerks.shutdown();

                assertEquals(30, foreign.size());
                assertEquals(30, mainland.size());
                assertEquals(30, GroupNumber.parse(((TreeSet<String>) foreign).last()).sequence(), "no gaps");
                assertEquals(1, GroupNumber.parse(((TreeSet<String>) mainland).first()).sequence());
                GroupNumber any = GroupNumber.parse(((TreeSet<String>) foreign).first());
                assertTrue(groups.find(any).isPresent());
                assertEquals("申請 102", groups.find(any).orElseThrow().applicationName());
                assertEquals(new GroupOwner(7L, "03734301"), groups.find(any).orElseThrow().owner());
            } finally {
                emf.close();
            }
        }
    }

    /** The part of Aries' resource-local template that JpaCaseGroups uses: one transaction per call. */
    private static JpaTemplate resourceLocal(EntityManagerFactory emf) {
        return (JpaTemplate) Proxy.newProxyInstance(JpaTemplate.class.getClassLoader(),
                new Class<?>[] {JpaTemplate.class}, (proxy, method, args) -> {
                    if (!method.getName().equals("txExpr")) {
                        throw new UnsupportedOperationException(method.getName());
                    }
                    @SuppressWarnings("unchecked")
                    EmFunction<Object> work = (EmFunction<Object>) args[1];
                    return inTransaction(emf, work::apply);
                });
    }

    private static Object inTransaction(EntityManagerFactory emf, Function<EntityManager, Object> work) {
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
}
