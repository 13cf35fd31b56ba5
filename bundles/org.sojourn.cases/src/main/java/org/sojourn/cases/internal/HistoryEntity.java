package org.sojourn.cases.internal;

import java.time.Instant;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.EnumType;
import javax.persistence.Enumerated;
import javax.persistence.GeneratedValue;
import javax.persistence.GenerationType;
import javax.persistence.Id;
import javax.persistence.SequenceGenerator;
import javax.persistence.Table;

import org.sojourn.cases.api.CaseStatus;

/** One line of the append-only history, in table {@code case_history}; never updated or deleted. */
@Entity
@Table(name = "case_history")
public class HistoryEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "case_history_seq")
    @SequenceGenerator(name = "case_history_seq", sequenceName = "case_history_seq", allocationSize = 50)
    Long id;

    @Column(name = "group_id", nullable = false, updatable = false)
    long groupId;

    @Column(name = "applicant_id", updatable = false)
    Long applicantId;

    @Column(name = "at", nullable = false, updatable = false)
    Instant at;

    @Column(name = "actor_id", updatable = false)
    Long actorId;

    @Column(name = "actor_role", nullable = false, updatable = false, length = 30)
    String actorRole;

    @Column(name = "action", nullable = false, updatable = false, length = 40)
    String action;

    @Enumerated(EnumType.STRING)
    @Column(name = "from_status", updatable = false, length = 30)
    CaseStatus fromStatus;

    @Enumerated(EnumType.STRING)
    @Column(name = "to_status", updatable = false, length = 30)
    CaseStatus toStatus;

    @Column(name = "detail", updatable = false, length = 2000)
    String detail;

    /** For JPA. */
    protected HistoryEntity() {
    }

    HistoryEntity(long groupId, Long applicantId, Instant at, Long actorId, String actorRole, String action,
            CaseStatus fromStatus, CaseStatus toStatus, String detail) {
        this.groupId = groupId;
        this.applicantId = applicantId;
        this.at = at;
        this.actorId = actorId;
        this.actorRole = actorRole;
        this.action = action;
        this.fromStatus = fromStatus;
        this.toStatus = toStatus;
        this.detail = detail;
    }
}
