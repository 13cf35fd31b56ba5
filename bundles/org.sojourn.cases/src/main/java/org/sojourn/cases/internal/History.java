package org.sojourn.cases.internal;

import java.time.Instant;

import javax.persistence.EntityManager;

import org.sojourn.cases.api.Actor;
import org.sojourn.cases.api.CaseStatus;

/** Appends to the history in the caller's transaction, so a change and its record stand or fall together. */
final class History {

    private static final int DETAIL_LENGTH = 2000;

    private History() {
    }

    static void record(EntityManager em, Instant at, Actor actor, CaseGroupEntity group, ApplicantEntity applicant,
            String action, CaseStatus from, CaseStatus to, String detail) {
        String text = detail == null || detail.length() <= DETAIL_LENGTH ? detail : detail.substring(0, DETAIL_LENGTH);
        em.persist(new HistoryEntity(group.id, applicant == null ? null : applicant.id, at,
                actor == null ? null : actor.accountId(), actor == null ? "SYSTEM" : actor.role(), action, from, to, text));
    }
}
