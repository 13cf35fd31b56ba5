package org.sojourn.cases.internal;

import java.util.List;
import java.util.Optional;
import java.util.Set;

import javax.persistence.EntityManager;

import org.sojourn.applicant.spi.PriorGrant;
import org.sojourn.cases.api.Actor;
import org.sojourn.cases.api.CaseStatus;

/**
 * Finds the current grant of a resident certificate number for renewal, extension and data change
 * (§4.3): the latest approved case with that number which the actor reaches. A number the actor's
 * school or account never filed is answered as unknown, so that it prefills nobody else's data.
 */
final class PriorGrants {

    private static final Set<CaseStatus> ISSUED = Set.of(CaseStatus.PAID, CaseStatus.CARD_READY, CaseStatus.PICKED_UP);

    private PriorGrants() {
    }

    static Optional<PriorGrant> find(EntityManager em, Actor actor, String certificateNumber) {
        List<ApplicantEntity> granted = em.createQuery("select a from ApplicantEntity a where a.certificateNumber = :number"
                + " and a.grantKind is not null order by a.grantedUntil desc, a.id desc", ApplicantEntity.class)
                .setParameter("number", certificateNumber).getResultList();
        return granted.stream().filter(a -> CaseAccess.reaches(actor, a.group)).findFirst()
                .map(a -> new PriorGrant(a.certificateNumber, a.applicantType, a.grantKind, a.grantedFrom, a.grantedUntil,
                        ISSUED.contains(a.status), a.fields));
    }
}
