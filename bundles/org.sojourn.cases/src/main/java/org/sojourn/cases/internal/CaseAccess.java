package org.sojourn.cases.internal;

import java.util.List;
import java.util.regex.Pattern;

import javax.persistence.EntityManager;
import javax.persistence.LockModeType;

import org.sojourn.cases.api.Actor;
import org.sojourn.cases.api.CaseStatus;
import org.sojourn.cases.api.DomainException;
import org.sojourn.cases.api.ErrorKind;
import org.sojourn.cases.api.GroupNumber;

/**
 * Finds groups and applicants the way every operation must: only those the actor reaches (officers
 * every submitted group, schools their own, sub-accounts and students what they filed), and a group
 * it does not reach is answered as if it did not exist, so an id or number reveals nothing.
 */
final class CaseAccess {

    private static final Pattern UUID_SHAPE = Pattern.compile("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");

    private CaseAccess() {
    }

    /**
     * @param ref  the group's id, or its nine-digit number once submitted
     * @param lock whether to lock the group's row until the transaction ends
     */
    static CaseGroupEntity group(EntityManager em, Actor actor, String ref, boolean lock) {
        String text = ref == null ? "" : ref.strip().toLowerCase(java.util.Locale.ROOT);
        String query;
        String key;
        if (UUID_SHAPE.matcher(text).matches()) {
            query = "select g from CaseGroupEntity g where g.publicId = :key";
            key = text;
        } else {
            query = "select g from CaseGroupEntity g where g.groupNumber = :key";
            key = GroupNumber.parse(text).toString();
        }
        List<CaseGroupEntity> found = em.createQuery(query, CaseGroupEntity.class).setParameter("key", key)
                .setLockMode(lock ? LockModeType.PESSIMISTIC_WRITE : LockModeType.NONE).getResultList();
        return found.stream().filter(group -> reaches(actor, group)).findFirst().orElseThrow(() -> groupNotFound(ref));
    }

    /** @return the group, locked until the transaction ends, when it is still a draft */
    static CaseGroupEntity draft(EntityManager em, Actor actor, String ref) {
        CaseGroupEntity group = group(em, actor, ref, true);
        requireDraft(group);
        return group;
    }

    static boolean reaches(Actor actor, CaseGroupEntity group) {
        return switch (actor.reach()) {
            case ALL -> !group.isDraft(); // a draft is the applicant's working copy until it is submitted
            case SCHOOL -> actor.schoolNumber() != null && actor.schoolNumber().equals(group.schoolNumber);
            case OWN -> group.ownerAccountId == actor.accountId();
        };
    }

    /**
     * Reads the one applicant by its id rather than the group's collection: a 30-applicant group's
     * every upload would otherwise load and then dirty-check all 30 at each flush. Its form comes in
     * the same query (a row per field), as nearly every caller reads it.
     */
    static ApplicantEntity applicant(EntityManager em, CaseGroupEntity group, String applicantId) {
        return em.createQuery("select a from ApplicantEntity a left join fetch a.fields where a.publicId = :id and a.group = :group",
                        ApplicantEntity.class)
                .setParameter("id", applicantId == null ? "" : applicantId).setParameter("group", group)
                .getResultList().stream().findFirst()
                .orElseThrow(() -> new DomainException(ErrorKind.NOT_FOUND, "APPLICANT_NOT_FOUND", "此團查無此申請人。",
                        "The group has no such applicant."));
    }

    static void requireDraft(CaseGroupEntity group) {
        if (!group.isDraft()) {
            throw new DomainException(ErrorKind.CONFLICT, "GROUP_NOT_DRAFT", "此團已送件，不能再修改（團號 " + group.groupNumber + "）。",
                    "Group " + group.groupNumber + " was submitted and can no longer be changed.");
        }
    }

    /** What an applicant changes on a case. */
    enum Change {
        /** The form's values. */
        FIELDS,
        /** The uploaded files. */
        FILES
    }

    /**
     * A draft's applicant can be changed wholly; after submission only a case returned to the
     * applicant: for correction (補正) fields and files, for supplementary documents (補件) files only.
     *
     * @throws DomainException {@code GROUP_NOT_DRAFT} or {@code FIELDS_READ_ONLY} (409)
     */
    static void requireChangeable(CaseGroupEntity group, ApplicantEntity applicant, Change change) {
        if (group.isDraft() || applicant.status == CaseStatus.RETURNED_FOR_CORRECTION) {
            return;
        }
        if (applicant.status == CaseStatus.AWAITING_SUPPLEMENT) {
            if (change == Change.FILES) {
                return;
            }
            throw new DomainException(ErrorKind.CONFLICT, "FIELDS_READ_ONLY", "補件時申請資料不能修改，只能新增或刪除檔案。",
                    "For supplementary documents the form stays as it is; only files can be added or removed.");
        }
        requireDraft(group);
    }

    /** @return the case with that receipt number, when the actor reaches its group */
    static ApplicantEntity byReceipt(EntityManager em, Actor actor, String receiptNumber) {
        String number = receiptNumber == null ? "" : receiptNumber.strip();
        return em.createQuery("select a from ApplicantEntity a where a.receiptNumber = :number", ApplicantEntity.class)
                .setParameter("number", number).getResultList().stream().filter(a -> reaches(actor, a.group)).findFirst()
                .orElseThrow(() -> caseNotFound(number));
    }

    static DomainException caseNotFound(String receiptNumber) {
        return new DomainException(ErrorKind.NOT_FOUND, "CASE_NOT_FOUND", "查無此收件號：" + receiptNumber + "。",
                "No case has receipt number " + receiptNumber + ".");
    }

    static DomainException groupNotFound(String ref) {
        return new DomainException(ErrorKind.NOT_FOUND, "GROUP_NOT_FOUND", "查無此團：" + ref + "。", "No group " + ref + ".");
    }
}
