package org.sojourn.cases.internal;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;

import org.apache.aries.jpa.template.JpaTemplate;
import org.apache.aries.jpa.template.TransactionType;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.sojourn.cases.api.CaseGroup;
import org.sojourn.cases.api.CaseGroups;
import org.sojourn.cases.api.DomainException;
import org.sojourn.cases.api.ErrorKind;
import org.sojourn.cases.api.GroupNumber;
import org.sojourn.cases.api.GroupOwner;
import org.sojourn.cases.api.NewCaseGroup;

/**
 * Case groups stored through JPA. The persistence unit's data source is published only after the
 * schema migrations, so this service exists only on a current schema.
 */
@Component
public final class JpaCaseGroups implements CaseGroups {

    private final JpaTemplate jpa;
    private final Clock clock;

    /** @param jpa the persistence unit's template */
    @Activate
    public JpaCaseGroups(@Reference(target = "(osgi.unit.name=sojourn)") JpaTemplate jpa) {
        this.jpa = jpa;
        this.clock = Clock.systemUTC();
    }

    @Override
    public CaseGroup create(NewCaseGroup request, GroupOwner owner) {
        NewCaseGroup checked = CaseGroupRules.check(request);
        Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
        int rocYear = RocYear.at(now) % 100;
        return jpa.txExpr(TransactionType.Required, em -> {
            long sequence = NumberCounter.next(em, "group:" + rocYear + ":" + checked.businessCode());
            if (sequence > GroupNumber.MAX_SEQUENCE) {
                throw new DomainException(ErrorKind.CONFLICT, "GROUP_NUMBERS_EXHAUSTED",
                        "本年度此業務代碼的團號已用盡，請洽系統管理者。",
                        "This year's group numbers for this business code are used up; contact the administrator.");
            }
            GroupNumber number = new GroupNumber(rocYear, checked.businessCode(), (int) sequence);
            CaseGroupEntity entity = new CaseGroupEntity(number, checked.applicationName(), now, owner);
            em.persist(entity);
            return entity.toCaseGroup();
        });
    }

    @Override
    public Optional<CaseGroup> find(GroupNumber groupNumber) {
        return jpa.txExpr(TransactionType.Required, em -> {
            List<CaseGroupEntity> found = em
                    .createQuery("select g from CaseGroupEntity g where g.groupNumber = :number", CaseGroupEntity.class)
                    .setParameter("number", groupNumber.toString())
                    .getResultList();
            return found.stream().findFirst().map(CaseGroupEntity::toCaseGroup);
        });
    }
}
