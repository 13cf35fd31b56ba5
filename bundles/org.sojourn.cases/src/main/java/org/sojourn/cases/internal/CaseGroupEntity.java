package org.sojourn.cases.internal;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import javax.persistence.CascadeType;
import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.GeneratedValue;
import javax.persistence.GenerationType;
import javax.persistence.Id;
import javax.persistence.OneToMany;
import javax.persistence.OrderBy;
import javax.persistence.SequenceGenerator;
import javax.persistence.Table;
import javax.persistence.Version;

import org.sojourn.cases.api.GroupNumber;
import org.sojourn.cases.api.Sender;

/** A group (團) as stored in table {@code case_group}: a draft until submission gives it a number. */
@Entity
@Table(name = "case_group")
public class CaseGroupEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "case_group_seq")
    @SequenceGenerator(name = "case_group_seq", sequenceName = "case_group_seq", allocationSize = 50)
    Long id;

    @Column(name = "public_id", nullable = false, updatable = false, length = 36)
    String publicId;

    @Column(name = "group_number", length = 9)
    String groupNumber;

    @Column(name = "roc_year")
    Short rocYear;

    @Column(name = "sequence_no")
    Integer sequenceNo;

    @Column(name = "business_line", nullable = false, updatable = false, length = 3)
    String businessLine;

    @Column(name = "application_name", nullable = false, length = 100)
    String applicationName;

    @Column(name = "pickup_method", nullable = false, length = 20)
    String pickupMethod;

    @Column(name = "pickup_office", nullable = false, length = 20)
    String pickupOffice;

    @Column(name = "sender_name", length = 60)
    String senderName;

    @Column(name = "sender_national_id", length = 10)
    String senderNationalId;

    @Column(name = "sender_phone", length = 20)
    String senderPhone;

    @Column(name = "sender_email", length = 254)
    String senderEmail;

    @Column(name = "sender_address", length = 200)
    String senderAddress;

    @Column(name = "owner_account_id", nullable = false, updatable = false)
    long ownerAccountId;

    @Column(name = "school_number", updatable = false, length = 8)
    String schoolNumber;

    @Column(name = "self_application", nullable = false, updatable = false)
    boolean selfApplication;

    @Column(name = "consent_terms", nullable = false, length = 20)
    String consentTerms;

    @Column(name = "consent_at", nullable = false)
    Instant consentAt;

    @Column(name = "created_at", nullable = false, updatable = false)
    Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    Instant updatedAt;

    @Column(name = "submitted_at")
    Instant submittedAt;

    @Version
    @Column(name = "row_version", nullable = false)
    int rowVersion;

    @OneToMany(mappedBy = "group", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("position")
    List<ApplicantEntity> applicants = new ArrayList<>();

    /** For JPA. */
    protected CaseGroupEntity() {
    }

    CaseGroupEntity(String businessLine, long ownerAccountId, String schoolNumber, Instant now) {
        this.publicId = UUID.randomUUID().toString();
        this.businessLine = businessLine;
        this.ownerAccountId = ownerAccountId;
        this.schoolNumber = schoolNumber;
        this.selfApplication = schoolNumber == null;
        this.createdAt = now;
        this.updatedAt = now;
    }

    boolean isDraft() {
        return submittedAt == null;
    }

    Sender sender() {
        return new Sender(senderName, senderNationalId, senderPhone, senderEmail, senderAddress);
    }

    void sender(Sender sender) {
        senderName = sender.name();
        senderNationalId = sender.nationalId();
        senderPhone = sender.phone();
        senderEmail = sender.email();
        senderAddress = sender.address();
    }

    void number(GroupNumber number, Instant now) {
        this.groupNumber = number.toString();
        this.rocYear = (short) number.rocYear();
        this.sequenceNo = number.sequence();
        this.submittedAt = now;
        this.updatedAt = now;
    }
}
