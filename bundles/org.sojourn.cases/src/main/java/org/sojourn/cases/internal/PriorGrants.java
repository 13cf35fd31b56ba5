package org.sojourn.cases.internal;

import java.sql.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

import javax.persistence.EntityManager;

import org.sojourn.applicant.spi.PriorGrant;
import org.sojourn.cases.api.Actor;
import org.sojourn.cases.api.CaseStatus;
import org.sojourn.cases.api.DomainException;
import org.sojourn.cases.api.ErrorKind;
import org.sojourn.cases.api.FieldProblem;

/**
 * Finds the current grant a renewal, extension or data change continues (§4.3, §4.4): the latest
 * approved Sojourn case with that number, else the agency's own record of the permit it issued.
 * A grant the actor does not reach is refused as the seeds do, "帳號基資與案件資料不符", so that it
 * prefills nobody else's data; an unknown number "查無此證號資料".
 */
final class PriorGrants {

    private static final Set<CaseStatus> ISSUED = Set.of(CaseStatus.PAID, CaseStatus.CARD_READY, CaseStatus.PICKED_UP);

    private PriorGrants() {
    }

    /** @return the grant the actor reaches, or empty when there is none (for checks that repeat at submission) */
    static Optional<PriorGrant> find(EntityManager em, Actor actor, String number) {
        try {
            return Optional.of(require(em, actor, number, ""));
        } catch (DomainException gone) {
            return Optional.empty(); // the type then judges the missing grant, e.g. NO_CURRENT_GRANT
        }
    }

    /**
     * @param field the request field that named the number, for the problem
     * @return the grant
     * @throws DomainException {@code GRANT_NOT_YOURS} or {@code CERTIFICATE_NOT_FOUND}
     */
    static PriorGrant require(EntityManager em, Actor actor, String number, String field) {
        List<ApplicantEntity> granted = em.createQuery("select a from ApplicantEntity a where a.certificateNumber = :number"
                + " and a.grantKind is not null order by a.grantedUntil desc, a.id desc", ApplicantEntity.class)
                .setParameter("number", number).getResultList();
        Optional<PriorGrant> ours = granted.stream().filter(a -> CaseAccess.reaches(actor, a.group)).findFirst()
                .map(a -> new PriorGrant(a.certificateNumber, a.applicantType, a.grantKind, a.grantedFrom, a.grantedUntil,
                        ISSUED.contains(a.status), a.fields));
        if (ours.isPresent()) {
            return ours.get();
        }
        List<?> records = em.createNativeQuery("select id, account_id, school_number, document_kind, valid_from, valid_until,"
                + " kind from agency_student_record where permit_number = :number").setParameter("number", number)
                .getResultList();
        boolean anyReached = false;
        for (Object row : records) {
            Object[] record = (Object[]) row;
            if (reaches(actor, record[1], (String) record[2])) {
                anyReached = true;
                if (record[3] != null && record[5] != null) {
                    return new PriorGrant(number, null, (String) record[3], toDate(record[4]), toDate(record[5]), true,
                            values(em, ((Number) record[0]).longValue()));
                }
            }
        }
        if (anyReached || granted.isEmpty() && records.isEmpty()) {
            throw refusal(ErrorKind.NOT_FOUND, "CERTIFICATE_NOT_FOUND", field, "查無此證號資料。", "No record has this number.");
        }
        throw refusal(ErrorKind.INVALID_INPUT, "GRANT_NOT_YOURS", field, "帳號基資與案件資料不符。",
                "This number belongs to someone else's records.");
    }

    private static DomainException refusal(ErrorKind kind, String code, String field, String zh, String en) {
        return new DomainException(kind, code, zh, en, List.of(new FieldProblem(field, code, zh, en)));
    }

    /** Officers reach every record; a student the record matched to the account; a school its students' records. */
    private static boolean reaches(Actor actor, Object accountId, String schoolNumber) {
        if (actor.reach() == Actor.Reach.ALL) {
            return true;
        }
        if (actor.schoolNumber() != null) {
            return actor.schoolNumber().equals(schoolNumber);
        }
        return accountId != null && ((Number) accountId).longValue() == actor.accountId();
    }

    private static Map<String, String> values(EntityManager em, long recordId) {
        Map<String, String> values = new HashMap<>();
        for (Object row : em.createNativeQuery("select field_name, field_value from agency_student_record_value"
                + " where record_id = :id").setParameter("id", recordId).getResultList()) {
            Object[] value = (Object[]) row;
            values.put((String) value[0], Objects.toString(value[1]));
        }
        return values;
    }

    private static java.time.LocalDate toDate(Object value) {
        if (value == null) {
            return null;
        }
        return value instanceof Date date ? date.toLocalDate() : (java.time.LocalDate) value;
    }
}
