package org.sojourn.cases.internal;

import java.time.Instant;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.GeneratedValue;
import javax.persistence.GenerationType;
import javax.persistence.Id;
import javax.persistence.SequenceGenerator;
import javax.persistence.Table;
import javax.persistence.Version;

import org.sojourn.cases.api.CaseGroup;
import org.sojourn.cases.api.GroupNumber;
import org.sojourn.cases.api.GroupOwner;

/** A case group as stored in table {@code case_group}. */
@Entity
@Table(name = "case_group")
public class CaseGroupEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "case_group_seq")
    @SequenceGenerator(name = "case_group_seq", sequenceName = "case_group_seq", allocationSize = 50)
    private Long id;

    @Column(name = "group_number", nullable = false, updatable = false, length = 9)
    private String groupNumber;

    @Column(name = "roc_year", nullable = false, updatable = false)
    private short rocYear;

    @Column(name = "business_code", nullable = false, updatable = false, length = 3)
    private String businessCode;

    @Column(name = "sequence_no", nullable = false, updatable = false)
    private int sequenceNo;

    @Column(name = "application_name", nullable = false, length = 100)
    private String applicationName;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "owner_account_id", updatable = false)
    private Long ownerAccountId;

    @Column(name = "school_number", updatable = false, length = 8)
    private String schoolNumber;

    @Version
    @Column(name = "row_version", nullable = false)
    private int rowVersion;

    /** For JPA. */
    protected CaseGroupEntity() {
    }

    CaseGroupEntity(GroupNumber number, String applicationName, Instant createdAt, GroupOwner owner) {
        this.groupNumber = number.toString();
        this.rocYear = (short) number.rocYear();
        this.businessCode = number.businessCode();
        this.sequenceNo = number.sequence();
        this.applicationName = applicationName;
        this.createdAt = createdAt;
        this.ownerAccountId = owner.accountId();
        this.schoolNumber = owner.schoolNumber();
    }

    CaseGroup toCaseGroup() {
        return new CaseGroup(new GroupNumber(rocYear, businessCode, sequenceNo), applicationName, createdAt,
                new GroupOwner(ownerAccountId, schoolNumber));
    }
}
